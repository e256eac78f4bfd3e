// Swedish.
import type { Lexicon } from './types.js';

export const SV: Lexicon = {
  lang: 'sv',
  sections: {
    contact: ['kontaktuppgifter', 'personuppgifter', 'kontakt'],
    summary: ['sammanfattning', 'om mig', 'profil'],
    experience: ['erfarenhet', 'arbetslivserfarenhet', 'yrkeserfarenhet', 'anställningar', 'arbetserfarenhet', 'uppdrag', 'forskning'],
    education: ['utbildning', 'utbildningar'],
    skills: ['kompetenser', 'färdigheter', 'kunskaper', 'tekniska kunskaper', 'kompetens'],
    projects: ['projekt'],
    publications: ['publikationer'],
    certifications: ['certifikat', 'certifieringar', 'kurser'],
    awards: ['utmärkelser', 'priser', 'stipendier'],
    volunteering: ['ideellt arbete', 'ideella uppdrag', 'föreningsliv', 'engagemang'],
    languages: ['språk', 'språkkunskaper'],
    other: ['intressen', 'referenser', 'övrigt'],
  },
  titleWords: [
    'utvecklare', 'ingenjör', 'forskare', 'chef', 'avdelningschef', 'utvecklingschef', 'projektledare', 'konsult',
    'analytiker', 'praktikant', 'doktorand', 'lärare', 'sjuksköterska', 'ekonom', 'grundare', 'ordförande', 'kassör',
    'handledare', 'samordnare', 'arkitekt', 'tekniker',
  ],
  titleQualifiers: ['data', 'forskning', 'produkt', 'försäljning', 'plattform', 'och'],
  orgWords: ['ab', 'aktiebolag', 'hb', 'universitet', 'högskola', 'kungliga tekniska högskolan', 'stiftelse', 'förening', 'kommun', 'myndighet'],
  countries: ['sverige', 'norge', 'danmark', 'finland', 'tyskland', 'storbritannien'],
  places: ['göteborg', 'malmö', 'västerås', 'linköping', 'örebro', 'umeå', 'distans', 'på distans'],
  atWords: ['på', 'hos'],
  columnLabels: ['företag', 'arbetsgivare', 'roll', 'befattning', 'period', 'ort'],
  employmentTypes: ['heltid', 'deltid', 'visstid', 'praktik', 'konsultuppdrag'],
  internTitles: ['praktikant', 'praktik', 'trainee', 'lärling'],
  academicTitles: ['doktorand', 'forskningsassistent', 'amanuens', 'postdoktor'],
  teachingTitles: ['föreläsare', 'lektor', 'universitetslektor', 'adjunkt', 'professor'],
  academicOrgs: ['universitet', 'högskola', 'tekniska högskolan'],
  volunteerTitles: ['volontär', 'ideell', 'frivillig'],
  militaryWords: ['försvarsmakten', 'värnplikt', 'värnpliktig', 'soldat', 'sergeant', 'löjtnant'],
};
