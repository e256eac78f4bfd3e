// Portuguese.
import type { Lexicon } from './types.js';

export const PT: Lexicon = {
  lang: 'pt',
  sections: {
    contact: ['contato', 'contacto', 'dados pessoais', 'informações pessoais'],
    summary: ['resumo', 'perfil', 'perfil profissional', 'sobre mim', 'objetivo'],
    experience: ['experiência', 'experiência profissional', 'histórico profissional', 'experiências', 'estágios', 'pesquisa', 'investigação'],
    education: ['educação', 'formação', 'formação acadêmica', 'formação académica', 'escolaridade'],
    skills: ['competências', 'habilidades técnicas', 'conhecimentos', 'ferramentas'],
    projects: ['projetos', 'projectos'],
    publications: ['publicações', 'patentes'],
    certifications: ['certificações', 'certificados', 'cursos'],
    awards: ['prêmios', 'prémios', 'distinções', 'bolsas'],
    volunteering: ['voluntariado', 'trabalho voluntário'],
    languages: ['línguas', 'idiomas'],
    other: ['interesses', 'referências', 'outros'],
  },
  titleWords: [
    'engenheiro', 'engenheira', 'desenvolvedor', 'desenvolvedora', 'programador', 'programadora', 'pesquisador',
    'pesquisadora', 'investigador', 'diretor', 'diretora', 'gerente', 'coordenador', 'coordenadora', 'estagiário',
    'estagiária', 'estagiaria', 'doutorando', 'doutoranda', 'consultor', 'consultora', 'analista', 'contador',
    'enfermeiro', 'enfermeira', 'professor', 'professora', 'fundador', 'fundadora', 'técnico', 'voluntário', 'tesoureiro',
  ],
  titleQualifiers: ['dados', 'pesquisa', 'produto', 'vendas', 'plataforma', 'e'],
  orgWords: ['lda', 'lda.', 'ltda', 'ltda.', 's.a.', 'sa', 'universidade', 'instituto', 'fundação', 'grupo', 'associação', 'hospital', 'ministério', 'exército', 'banco'],
  countries: ['brasil', 'portugal', 'angola', 'moçambique', 'estados unidos', 'reino unido', 'alemanha', 'espanha'],
  places: ['lisboa', 'são paulo', 'rio de janeiro', 'belo horizonte', 'curitiba', 'recife', 'coimbra', 'braga', 'remoto'],
  atWords: ['na', 'no', 'em'],
  columnLabels: ['empresa', 'cargo', 'função', 'período', 'datas', 'local'],
  employmentTypes: ['tempo integral', 'meio período', 'estágio', 'temporário', 'autônomo'],
  internTitles: ['estagiário', 'estagiária', 'estágio', 'aprendiz'],
  academicTitles: ['doutorando', 'doutoranda', 'bolsista de pesquisa', 'pós-doutorando', 'pós-doutoranda'],
  teachingTitles: ['professor', 'professora', 'docente', 'professor auxiliar'],
  academicOrgs: ['universidade', 'instituto superior', 'faculdade'],
  volunteerTitles: ['voluntário', 'voluntária', 'voluntariado'],
  militaryWords: ['exército', 'serviço militar', 'marinha', 'força aérea', 'soldado', 'sargento', 'tenente'],
};
