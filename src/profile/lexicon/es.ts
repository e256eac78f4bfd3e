// Spanish.
import type { Lexicon } from './types.js';

export const ES: Lexicon = {
  lang: 'es',
  sections: {
    contact: ['contacto', 'datos personales', 'datos de contacto'],
    summary: ['perfil', 'resumen', 'perfil profesional', 'sobre mí', 'objetivo'],
    experience: [
      'experiencia', 'experiencia laboral', 'experiencia profesional', 'trayectoria profesional', 'trayectoria',
      'historial laboral', 'prácticas', 'investigación', 'docencia',
    ],
    education: ['educación', 'formación', 'formación académica', 'estudios', 'titulación'],
    skills: ['habilidades', 'competencias', 'conocimientos', 'aptitudes', 'herramientas', 'aptitudes principales'],
    projects: ['proyectos', 'proyectos personales'],
    publications: ['publicaciones', 'ponencias', 'patentes'],
    certifications: ['certificaciones', 'certificados', 'cursos'],
    awards: ['premios', 'reconocimientos', 'becas'],
    volunteering: ['voluntariado', 'actividades extracurriculares'],
    languages: ['idiomas', 'lenguas'],
    other: ['intereses', 'aficiones', 'referencias', 'otros'],
  },
  titleWords: [
    'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'investigador', 'investigadora', 'director', 'directora',
    'jefe', 'jefa', 'gerente', 'responsable', 'becario', 'becaria', 'practicante', 'doctorando', 'doctoranda',
    'consultor', 'consultora', 'analista', 'contable', 'contador', 'enfermero', 'enfermera', 'profesor', 'profesora',
    'fundador', 'fundadora', 'técnico', 'técnica', 'coordinador', 'coordinadora', 'voluntario', 'voluntaria', 'tesorero',
  ],
  titleQualifiers: ['datos', 'investigación', 'producto', 'ventas', 'plataforma', 'y'],
  orgWords: [
    's.l.', 'sl', 's.l.u.', 'slu', 's.a.', 'sa', 'sociedad', 'universidad', 'instituto', 'fundación', 'grupo',
    'politécnica', 'hospital', 'ministerio', 'ejército', 'asociación', 'ayuntamiento', 'banco',
  ],
  countries: ['españa', 'méxico', 'perú', 'estados unidos', 'reino unido', 'alemania', 'francia', 'cataluña'],
  places: ['remoto', 'teletrabajo', 'en remoto', 'sevilla', 'zaragoza', 'málaga', 'ciudad de méxico', 'la coruña'],
  atWords: ['en'],
  columnLabels: ['empresa', 'cargo', 'puesto', 'periodo', 'período', 'fechas', 'lugar'],
  employmentTypes: ['jornada completa', 'media jornada', 'prácticas', 'autónomo', 'temporal'],
  internTitles: ['becario', 'becaria', 'prácticas', 'practicante'],
  academicTitles: ['doctorando', 'doctoranda', 'ayudante de investigación', 'investigador predoctoral', 'investigadora predoctoral'],
  teachingTitles: ['profesor', 'profesora', 'profesor asociado', 'docente'],
  academicOrgs: ['universidad', 'politécnica', 'escuela técnica superior'],
  volunteerTitles: ['voluntario', 'voluntaria', 'voluntariado'],
  nonProfitOrgs: ['asociación', 'fundación', 'club', 'ong'],
  boardRoles: ['tesorero', 'tesorera', 'presidente', 'presidenta', 'vocal', 'secretario', 'secretaria'],
  degreeWords: ['grado en', 'licenciatura', 'máster', 'título de', 'bachillerato'],
  militaryWords: ['ejército', 'servicio militar', 'soldado', 'sargento', 'teniente', 'armada'],
  careerBreaks: ['excedencia', 'año sabático', 'pausa profesional', 'baja por maternidad', 'baja parental'],
};
