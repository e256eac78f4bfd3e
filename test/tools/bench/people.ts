// Fictional résumé content for the benchmark corpus: invented names, invented companies, seeded so every run of
// `npm run bench --n N` makes the same corpus. Varied on purpose: date styles, role mixes, section orders, traps.

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

const FIRST = ['Ingrid', 'Tomasz', 'Aiko', 'Rafael', 'Noor', 'Jasper', 'Leila', 'Mateo', 'Signe', 'Kwame', 'Elodie', 'Dmitri', 'Priya', 'Hugo', 'Zanele', 'Ola', 'Marisol', 'Bastian', 'Yuki', 'Farah'];
const LAST = ['Odegard', 'Wrzesniak', 'Tanabe', 'Quintero', 'Haddad', 'Verhoeven', 'Amrani', 'Salvatierra', 'Lindqvist', 'Mensah', 'Marchetti', 'Volkonsky', 'Raghavan', 'Delacroix', 'Dlamini', 'Brekke', 'Ocampo', 'Hartmann', 'Morishita', 'Nazari'];
const ORGS = ['Northwind Retail', 'Contoso Media', 'Fabrikam Ads', 'Tailspin Travel', 'Wide World Importers', 'Adatum Labs', 'Litware Games', 'Proseware Health', 'Woodgrove Bank', 'Blue Yonder Air', 'Lucerne Publishing', 'Margie Travel', 'Coho Vineyard', 'Alpine Ski House', 'Trey Research'];
const CITIES = ['Oslo', 'Lisbon', 'Berlin', 'Toronto', 'Austin', 'Nairobi', 'Madrid', 'Seoul', 'Dublin', 'Warsaw'];

const ML_TITLES = ['Machine Learning Engineer', 'Senior Machine Learning Engineer', 'Applied Scientist', 'Data Scientist', 'Staff ML Engineer', 'Ranking Engineer', 'Personalization Engineer'];
const MGR_TITLES = ['Engineering Manager, Machine Learning', 'Manager, Applied Science', 'Head of Recommendations', 'Engineering Manager, Ads Ranking'];
const OTHER_TITLES = ['Backend Engineer', 'Software Engineer', 'Site Reliability Engineer', 'Product Analyst', 'Frontend Engineer', 'Data Engineer'];

const BULLETS = [
  'Built the candidate retrieval and ranking models for the home feed recommender system.',
  'Led a team of 7 engineers and 2 scientists; ran hiring, career growth and performance reviews.',
  'Improved CTR prediction for sponsored listings by 4.1% with a gradient-boosted model.',
  'Designed the real-time bidding service handling 400k requests per second.',
  'Uses GitHub Copilot and Cursor daily; wrote the team guide for AI coding assistants.',
  'Migrated batch feature pipelines to Spark on Kubernetes across 3 regions.',
  'Owned the A/B testing platform and experiment review for personalization.',
  'Managed Kubernetes clusters and on-call rotation for the payments API.',
  'Implemented cursor-based pagination for the public REST API.',
  'Wrote ad hoc queries and dashboards for the growth team.',
  'Looking to move into recommender systems.',
  'Mentored junior engineers and set the technical direction for the ML platform.',
  'Built LLM-based tools for internal productivity and code review.',
  'Reduced model training cost by 35% with mixed precision and better sharding.',
];

const SKILLS = ['Python', 'PyTorch', 'TensorFlow', 'Spark', 'Kafka', 'Go', 'Java', 'SQL', 'Kubernetes', 'Airflow', 'XGBoost', 'Scala', 'C++', 'Node.js', 'BigQuery', 'Redis'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Job {
  title: string;
  org: string;
  city: string;
  dates: string;
  bullets: string[];
}

export interface Person {
  name: string;
  email: string;
  city: string;
  headline: string;
  summary: string;
  jobs: Job[];
  skills: string[];
  education: { degree: string; school: string; dates: string };
}

function dateRange(r: Rand, start: number, end: number | 'present'): string {
  const m1 = 1 + Math.floor(r() * 12);
  const m2 = 1 + Math.floor(r() * 12);
  const endText = (style: number): string => (end === 'present' ? pick(r, ['Present', 'Current', 'now']) : style === 0 ? `${MONTHS[m2 - 1]} ${end}` : style === 1 ? String(end) : `${String(m2).padStart(2, '0')}/${end}`);
  const style = Math.floor(r() * 3);
  const from = style === 0 ? `${MONTHS[m1 - 1]} ${start}` : style === 1 ? String(start) : `${String(m1).padStart(2, '0')}/${start}`;
  return `${from} ${pick(r, ['–', '-', 'to', '—'])} ${endText(style)}`;
}

/** A career of 2–6 jobs ending now, newest first. */
export function makePerson(r: Rand, index: number): Person {
  const first = pick(r, FIRST);
  const last = pick(r, LAST);
  const jobs: Job[] = [];
  let year = 2026;
  const count = 2 + Math.floor(r() * 5);
  for (let j = 0; j < count; j++) {
    const length = 1 + Math.floor(r() * 5);
    const start = year - length;
    const kind = r();
    const title = kind < 0.45 ? pick(r, ML_TITLES) : kind < 0.7 ? pick(r, MGR_TITLES) : pick(r, OTHER_TITLES);
    const bullets = Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(r, BULLETS));
    jobs.push({ title, org: pick(r, ORGS), city: pick(r, CITIES), dates: dateRange(r, start, j === 0 ? 'present' : year), bullets: [...new Set(bullets)] });
    year = start - (r() < 0.2 ? 1 : 0);
  }
  const skills = [...new Set(Array.from({ length: 6 + Math.floor(r() * 8) }, () => pick(r, SKILLS)))];
  return {
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${index}@example.com`,
    city: pick(r, CITIES),
    headline: jobs[0]?.title ?? 'Engineer',
    summary: `${jobs.length} roles over ${2026 - year} years across ${pick(r, ['ranking', 'ads', 'growth', 'search', 'platform'])} and ${pick(r, ['personalization', 'infrastructure', 'analytics', 'discovery'])}.`,
    jobs,
    skills,
    education: { degree: pick(r, ['MSc Computer Science', 'BSc Mathematics', 'PhD Statistics', 'BEng Software Engineering']), school: `University of ${pick(r, CITIES)}`, dates: `${year - 6} – ${year - 2}` },
  };
}
