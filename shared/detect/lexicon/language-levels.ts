/**
 * Cues that a line is about language skills, where "Dutch", "Frans" or "Deutsch" name a language,
 * not a nationality (folded regex sources).
 */
export const LANGUAGE_LEVEL_SOURCES = [
  'native', 'native speaker', 'mother tongue', 'fluent', 'fluently', 'proficient', 'proficiency', 'bilingual', 'basic', 'basics',
  'intermediate', 'advanced', 'good', 'very good', 'excellent', 'working knowledge', 'notions', 'elementary', 'beginner',
  'moedertaal', 'vloeiend', 'goed', 'zeer goed', 'uitstekend', 'basiskennis', 'gevorderd', 'tweetalig', 'matig', 'redelijk',
  'schoolkennis', 'langue maternelle', 'courant', 'bilingue', 'bon', 'bonne', 'tres bon', 'bonnes notions', 'notions de base',
  'intermediaire', 'avance', 'debutant', 'scolaire', 'muttersprache', 'muttersprachlich', 'fliessend', 'verhandlungssicher',
  'grundkenntnisse', 'gute kenntnisse', 'sehr gute kenntnisse', 'zweisprachig', 'gut', 'sehr gut', 'schulkenntnisse',
  'a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'spoken', 'written', 'gesproken', 'geschreven', 'parle', 'ecrit', 'mundlich', 'schriftlich',
  'languages?', 'talen', 'taalkennis', 'langues?', 'connaissances linguistiques', 'sprachen', 'sprachkenntnisse', 'taal',
  'speak', 'speaks', 'spreek', 'spreekt', 'parle', 'spreche', 'spricht', 'understand', 'lezen', 'reading', 'writing',
  '\\d\\/5', '\\d\\/10', '★', '●',
] as const;
