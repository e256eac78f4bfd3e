// The word lists that decide whether a mention counts (DESIGN.md §6.8: every heuristic list is a named constant
// with a note on why). Each cue carries how many words may stand between it and the term.

export interface Cue {
  phrase: string;
  /** Most words allowed between the cue and the term ("no experience with Python, Go or ads" = 5). */
  maxWords: number;
  /** Looks like a cue but is not one ("not only", "no-code"); matched so that the shorter cue inside it is not. */
  pseudo?: boolean;
  /** A bare word's reach ends at a comma or colon ("Without sacrificing latency, rebuilt the ads stack"). */
  stopsAtComma?: boolean;
  /** The reach ends at "and" ("reported to the VP and led 8 engineers": what follows is the candidate's again). */
  stopsAtAnd?: boolean;
  /** The reach ends at "I", "we", "myself" ("my manager ran hiring while I ran performance reviews"). */
  stopsAtSelf?: boolean;
  /** Counts only when a person or a group (GROUP_NOUNS) stands between it and the term, or right after the term. */
  needsGroup?: boolean;
}

type CueFlags = Pick<Cue, 'pseudo' | 'stopsAtComma' | 'stopsAtAnd' | 'stopsAtSelf' | 'needsGroup'>;

const near = (maxWords: number, phrases: string[], flags: CueFlags = {}): Cue[] =>
  phrases.map((phrase) => ({ phrase, maxWords, ...flags }));

/** Before the term: the candidate says they lack it ("no experience with ads", "never used Copilot"). */
export const NEGATION_CUES: readonly Cue[] = [
  // Explicit statements of no experience reach over a short list of terms.
  ...near(8, ['no experience', 'no hands-on experience', 'no professional experience', 'no industry experience',
    'no prior', 'no exposure', 'no background', 'no knowledge', 'not familiar', 'unfamiliar', 'not experienced',
    'never worked']),
  // The same statements in the French, German and Spanish résumés the shipped rubric reads.
  ...near(8, ["pas d'expérience", 'aucune expérience', 'sans expérience', 'keine erfahrung', 'ohne erfahrung',
    'sin experiencia', 'ninguna experiencia']),
  ...near(6, ['never used', 'have not', "haven't", 'has not', "hasn't", 'did not', "didn't", 'not yet']),
  // Bare words only negate what follows them closely, in the same phrase ("without any ads exposure", "no ads work").
  ...near(4, ['never', 'without'], { stopsAtComma: true }),
  // "lack of" also opens problem statements ("fixed the lack of ads attribution"), so only right before the term.
  ...near(3, ['lack of', 'lacking', 'not'], { stopsAtComma: true }),
  ...near(2, ['no'], { stopsAtComma: true }),
];

/**
 * Phrases that contain a negation word but do not negate the term ("not only ads but…", "no-code ads tools",
 * "shipped with no ads regressions"). They hide only the cues inside them: "with no experience" still negates.
 */
export const PSEUDO_NEGATION_CUES: readonly Cue[] = near(0, ['not only', 'not just', 'not limited to', 'no doubt',
  'no-code', 'no.', 'second to none', 'not to mention', 'no longer', 'with no'], { pseudo: true });

/** After the term, within a couple of words: "Ads: n/a", "Copilot — none". */
export const NEGATION_AFTER_CUES: readonly Cue[] = near(3, ['n/a', 'none', 'not used']);

/**
 * After the term, in the same clause or the next one, and pointing back at it ("it", "them", "myself"): "rolled out
 * Copilot; I have not used it myself". The pronoun is what makes it refer back, so bare "not used" does not reach
 * across a clause.
 */
export const NEGATION_BACK_CUES: readonly Cue[] = near(6, backPointing());

/**
 * "not used it", "haven't used them personally", "did not use it myself"…: every auxiliary with every back-pointing
 * object, so that the whole phrase wins over the shorter "have not" (a negation of what follows) that starts it.
 */
function backPointing(): string[] {
  const objects = ['it', 'them', 'it myself', 'them myself', 'it personally', 'them personally'];
  const perfect = ['not', 'never', 'have not', 'has not', "haven't", "hasn't", 'had not', "hadn't", 'have never', 'has never', "i've not", "i've never"];
  const past = ['did not', "didn't", 'do not', "don't", 'never'];
  return [
    ...perfect.flatMap((aux) => objects.map((o) => `${aux} used ${o}`)),
    ...past.flatMap((aux) => objects.map((o) => `${aux} use ${o}`)),
    'not used myself', 'not personally used', 'never personally used', 'not used personally',
  ];
}

/**
 * Before the term: someone else's work, not the candidate's (issue 13). A person or team the candidate reported to or
 * sat next to: the term names them ("reported to the head of recommender systems", "worked next to the ads team").
 * Only within that noun phrase — it ends at a comma or "and" ("reported to the VP and led 8 engineers") — and only
 * when a person or group is named ("alongside a redesign of the ads UI" is the candidate's work).
 */
export const OTHERS_OBJECT_CUES: readonly Cue[] = near(5, ['reported to', 'reporting to', 'reports to', 'report to',
  'next to', 'alongside', 'adjacent to', 'assistant to', 'assisted', 'worked under', 'shadowed', 'shadowing'],
{ stopsAtComma: true, stopsAtAnd: true, needsGroup: true });

/**
 * Before the term: another person or team is the subject of the clause ("my manager ran hiring", "our data
 * scientists trained the models"). Reaches to the end of the clause, unless the candidate comes back in it
 * ("… and I ran the ads auction").
 */
export const OTHERS_SUBJECT_CUES: readonly Cue[] = near(12, ['my manager', 'my boss', 'my supervisor', 'my lead',
  'my team lead', 'my tech lead', 'my director', 'my skip-level', 'my predecessor', 'my mentor', 'my colleague',
  'my colleagues', 'my peers', 'my teammates', 'my team-mates', 'our data scientists', 'our data science team',
  'our ml engineers', 'our ml team', 'our scientists', 'our researchers', 'our research team', 'our analysts',
  'the data scientists', 'the data science team', 'the ml team', 'the ml engineers', 'the research team',
  'another team', 'other teams', 'a sister team', 'a partner team'], { stopsAtSelf: true });

/** Who OTHERS_OBJECT_CUES must name before they count: a person by role, or a group. */
export const GROUP_NOUNS: readonly Cue[] = near(0, ['team', 'teams', 'group', 'org', 'organisation', 'organization',
  'department', 'squad', 'guild', 'head', 'lead', 'manager', 'director', 'vp', 'cto', 'ceo', 'founder', 'engineers',
  'scientists', 'researchers', 'colleagues', 'peers', 'leadership']);

/** Phrases that look like OTHERS_OBJECT_CUES but are measures ("cut latency to next to nothing"). */
export const PSEUDO_OTHERS_CUES: readonly Cue[] = near(0, ['next to nothing', 'next to no', 'next to none'], { pseudo: true });

/** Where an OTHERS_OBJECT_CUES reach ends ("and"), and the candidate as a subject (OTHERS_SUBJECT_CUES stop there). */
export const AND_WORDS: readonly Cue[] = near(0, ['and']);
export const SELF_WORDS: readonly Cue[] = near(0, ['i', 'we', 'myself']);

/** Before the term: wishes and plans, not experience ("looking to move into recommender systems"). */
export const ASPIRATION_CUES: readonly Cue[] = near(10, ['looking to', 'looking for', 'seeking', 'eager to',
  'keen to', 'interested in', 'hope to', 'hoping to', 'want to', 'wants to', 'wanting to',
  'would like to', 'would love to', "i'd love to", 'aspiring', 'aspire to', 'plan to', 'planning to', 'plans to',
  'aiming to', 'goal is to', 'excited to learn', 'eager to learn', 'open to',
  // a career change named as the goal ("excited to move into recommender systems"), not "led the move into …"
  'excited to', 'to move into', 'to transition into', 'to pivot into']);

/** Plans and interests that are the work itself ("wrote the plan to migrate ads ranking", "user interest in ads"). */
export const PSEUDO_ASPIRATION_CUES: readonly Cue[] = near(0, ['a plan to', 'the plan to', 'our plan to',
  'migration plan to', 'interest in', 'user interest', 'with the aim to'], { pseudo: true });

/**
 * Before the term: the candidate heard or read about it, which is learning, not doing ("Attended talks on recommender
 * systems", "read about Copilot") — read as coursework. The reach ends at "and" ("attended the kickoff and led the ads
 * ranking rewrite": the rewrite is the candidate's work) and at the candidate as subject.
 */
export const EXPOSURE_CUES: readonly Cue[] = near(5, ['attended', 'attending', 'learned about', 'learning about',
  'learnt about', 'read about', 'reading about', 'watched', 'listened to', 'reading group on', 'self-study',
  'self-studied'], { stopsAtAnd: true, stopsAtSelf: true });

/** Attending to the work is doing it ("attended to incidents in the ads pipeline"). */
export const PSEUDO_EXPOSURE_CUES: readonly Cue[] = near(0, ['attended to', 'attending to'], { pseudo: true });

/** Anywhere in the clause: the term was studied, not used in a job ("Coursework: Recommender Systems"). */
export const COURSEWORK_CUES: readonly Cue[] = near(Number.POSITIVE_INFINITY, ['coursework', 'course work',
  'course:', 'courses:', 'courses include', 'course in', 'course on', 'online course', 'relevant courses',
  'studied', 'class project', 'course project', 'capstone', 'mooc', 'coursera', 'edx', 'udacity', 'udemy',
  'nanodegree', 'certificate in', 'bootcamp']);

/**
 * A coursework cue that names an employer is not coursework ("recommendation systems at Coursera", "for Udemy
 * learners", "Udacity Inc."): the word right before it, or the company suffix right after it, says so.
 */
export const EMPLOYER_BEFORE_CUE = ['at', '@', 'for', 'joined', 'with'];
export const EMPLOYER_SUFFIXES = ['inc', 'ltd', 'llc', 'gmbh', 'corp', 'plc', 'co', 'sa', 'ag', 'bv', 'pty', 'limited', 'corporation'];

/** University department prefixes of course codes ("CS 7641", "(CSE 546)"): a course, whatever its title says. */
export const COURSE_DEPARTMENTS: readonly string[] = ['CS', 'CSE', 'CSCI', 'COMP', 'COMPSCI', 'EECS', 'ECE', 'STAT',
  'STATS', 'MATH', 'DS', 'DSC', 'CMSC', 'COS', 'CPSC', 'ISYE', 'INFO'];

/** A line that starts as a list of courses ("Relevant coursework: …; …") is coursework across its clauses. */
export const COURSEWORK_HEADING_RE =
  /^[\s\p{P}\p{S}]*(?:(?:relevant|selected|graduate|key)\s+)?(?:course\s*work|courses?|modules|classes)\s*[:\u2013\u2014-]/iu;

/** Words that start a new clause: what follows "but" is not negated by what came before it. */
export const CLAUSE_BREAK_CUES: readonly Cue[] = near(0, ['but', 'however', 'although', 'though', 'whereas',
  'except']);

/** Punctuation that ends a clause: semicolons, sentence ends, pipes and bullets of one-line skill lists. */
export const CLAUSE_BREAK_CHARS = ';!?|\u2022\u00B7\u25AA\u25CF\u25A0\u25E6';

/** Punctuation that ends a bare negation word's phrase (see Cue.stopsAtComma), but not a clause. */
export const PHRASE_BREAK_CHARS = ',:()\u2013\u2014';

