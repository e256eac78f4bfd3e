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
    // LinkedIn's Spanish exports: shop floor, first jobs and product roles.
    'vendedor', 'vendedora', 'cajero', 'cajera', 'almacenista', 'pasante', 'ayudante', 'auxiliar', 'asistente',
    'programador', 'programadora', 'dueño', 'dueña', 'cofundador', 'cofundadora',
  ],
  titleQualifiers: ['datos', 'investigación', 'producto', 'ventas', 'plataforma', 'desarrollo', 'negocio', 'operaciones', 'y'],
  orgWords: [
    's.l.', 'sl', 's.l.u.', 'slu', 's.a.', 'sa', 'sociedad', 'universidad', 'instituto', 'fundación', 'grupo',
    'politécnica', 'hospital', 'ministerio', 'ejército', 'asociación', 'ayuntamiento', 'banco',
    // Latin American legal forms (Venezuela's "C.A.", Peru's "S.A.C." and "E.I.R.L.", Colombia's "S.A.S.").
    'c.a.', 's.a.c.', 's.a.s.', 'e.i.r.l.',
  ],
  countries: ['españa', 'méxico', 'perú', 'estados unidos', 'reino unido', 'alemania', 'francia', 'cataluña'],
  places: ['remoto', 'teletrabajo', 'en remoto', 'sevilla', 'zaragoza', 'málaga', 'ciudad de méxico', 'la coruña'],
  atWords: ['en'],
  columnLabels: ['empresa', 'cargo', 'puesto', 'periodo', 'período', 'fechas', 'lugar'],
  employmentTypes: ['jornada completa', 'media jornada', 'prácticas', 'autónomo', 'temporal'],
  internTitles: ['becario', 'becaria', 'prácticas', 'practicante', 'pasante', 'pasantía'],
  academicTitles: ['doctorando', 'doctoranda', 'ayudante de investigación', 'investigador predoctoral', 'investigadora predoctoral'],
  teachingTitles: ['profesor', 'profesora', 'profesor asociado', 'docente'],
  academicOrgs: ['universidad', 'politécnica', 'escuela técnica superior'],
  volunteerTitles: ['voluntario', 'voluntaria', 'voluntariado'],
  nonProfitOrgs: ['asociación', 'fundación', 'club', 'ong'],
  boardRoles: ['tesorero', 'tesorera', 'presidente', 'presidenta', 'vocal', 'secretario', 'secretaria'],
  degreeWords: ['grado en', 'licenciatura', 'máster', 'título de', 'bachillerato'],
  militaryWords: ['ejército', 'servicio militar', 'soldado', 'sargento', 'teniente', 'armada'],
  militaryLookalikes: ['ejército de salvación'],
  careerBreaks: ['excedencia', 'año sabático', 'pausa profesional', 'baja por maternidad', 'baja parental'],
  titleOpeners: ['jefe', 'jefa', 'director', 'directora', 'responsable', 'becario', 'becaria', 'voluntario', 'voluntaria'],
  formLabels: {
    dates: ['fechas', 'periodo', 'período'],
    position: ['profesión o cargo desempeñado', 'cargo o puesto desempeñado', 'cargo', 'puesto'],
    employer: ['nombre y dirección de la empresa o empleador', 'nombre y dirección del empleador', 'empresa', 'empleador'],
    activities: ['funciones y responsabilidades principales', 'principales actividades y responsabilidades', 'funciones', 'responsabilidades'],
    sector: ['tipo de empresa o sector', 'sector'],
  },
};
