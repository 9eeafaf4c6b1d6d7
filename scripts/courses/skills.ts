/**
 * Maps a course to taxonomy skill ids: its source topic (a list heading such as "Python" or
 * "HTML and CSS") through exact alias lookup, then skills the extractor finds in the topic and
 * the title ("Intro to PostgreSQL" → postgresql).
 */
import { isCustomSkillId, type PostingSkill, type Taxonomy } from '../../lib/skills/index';

export type Extract = (text: string, taxonomy?: Taxonomy) => PostingSkill[];

/**
 * Headings that neither resolve nor contain a skill name as written; values are names looked up
 * in the taxonomy (a missing one is reported by the build, never invented as an id).
 */
export const TOPIC_OVERRIDES: Readonly<Record<string, readonly string[]>> = {
  'Algorithms & Data Structures': ['algorithms', 'data structures'],
  'Soft Computing': ['soft computing', 'machine learning'],
  'Bash / Shell': ['Bash', 'shell scripting'],
  'HTML and CSS': ['HTML', 'CSS'],
  'Verilog / VHDL / SystemVerilog': ['Verilog', 'VHDL', 'SystemVerilog'],
  'PLC - Programmable logic controllers': ['programmable logic controllers'],
  'IDE and editors': ['integrated development environment'],
  'Computer Organization and Architecture': ['computer architecture'],
  Theory: ['theory of computation'],
  GCP: ['Google Cloud Platform'],
  // O*NET product names too (see scripts/data/curated-courses.ts).
  AWS: ['Amazon Web Services', 'Amazon Web Services AWS software'],
  Azure: ['Microsoft Azure', 'Microsoft Azure software'],
  Ansible: ['Ansible', 'Ansible software'],
  IBM: ['IBM Cloud'],
};

/**
 * OSSU course titles that name no skill as written ("Systematic Program Design"); names are
 * resolved through the taxonomy and added to what the title yields.
 */
export const OSSU_TITLE_SKILLS: Readonly<Record<string, readonly string[]>> = {
  'Systematic Program Design': ['programming', 'functional programming'],
  'Class-based Program Design': ['object-oriented programming', 'Java'],
  'Object-Oriented Design': ['object-oriented programming', 'use software design patterns'],
  'Calculus 1A: Differentiation': ['calculus'],
  'Calculus 1B: Integration': ['calculus'],
  'Calculus 1C: Coordinate Systems & Infinite Series': ['calculus'],
  'Mathematics for Computer Science': ['discrete mathematics'],
  'The Missing Semester of Your CS Education': ['shell scripting', 'Git', 'Vim', 'command line'],
  'Build a Modern Computer from First Principles: From Nand to Tetris': ['computer architecture', 'computer hardware'],
  'Build a Modern Computer from First Principles: Nand to Tetris Part II': ['compilers', 'operating systems'],
  'Algorithms: Design and Analysis, Part 1': ['algorithms', 'data structures'],
  'Algorithms: Design and Analysis, Part 2': ['algorithms'],
  'Cybersecurity Fundamentals': ['cybersecurity'],
  'Principles of Secure Coding': ['secure coding', 'cybersecurity'],
  'Ethics, Technology and Engineering': ['ethics'],
  'Introduction to Intellectual Property': ['intellectual property'],
  'Data Privacy Fundamentals': ['data privacy'],
  'Parallel Programming': ['parallel programming', 'Scala'],
  'Software Debugging': ['debug software', 'ICT debugging tools'],
  'Computation Structures 1: Digital Circuits': ['digital electronics'],
  'Computation Structures 2: Computer Architecture': ['computer architecture'],
  'Computation Structures 3: Computer Organization': ['computer architecture'],
  'Theory of Computation': ['theory of computation'],
  'Computational Geometry': ['computational geometry'],
  'Essence of Linear Algebra': ['linear algebra'],
  'Linear Algebra': ['linear algebra'],
  'Introduction to Numerical Methods': ['numerical analysis'],
  'Introduction to Formal Logic': ['logic'],
  Probability: ['probability', 'statistics'],
  'Modern Robotics': ['robotics'],
};

/**
 * Words that describe a course's format, not a skill it teaches: course titles are title-cased
 * ("Go Programming Tutorial", "AWS Learning Plan"), so the extractor can read them as skills.
 * A title skill found only through these words is dropped.
 */
export const COURSE_FORMAT_WORDS: ReadonlySet<string> = new Set([
  'app',
  'basics',
  'beginner',
  'beginners',
  'book',
  'bootcamp',
  'class',
  'complete',
  'course',
  'courses',
  'crash course',
  'first',
  'free',
  'full course',
  'fundamentals',
  'guide',
  'handbook',
  'introduction',
  'learn',
  'learning',
  'lecture',
  'lectures',
  'masterclass',
  'path',
  'plan',
  'playlist',
  'series',
  'track',
  'training',
  'tutorial',
  'tutorials',
  'video',
  'videos',
  'web',
  'workshop',
]);

/** Title idioms whose words are not skills ("Learn Go from Scratch" is not the Scratch language). */
const COURSE_FORMAT_PHRASES = /\bfrom scratch\b|\bcrash course\b|\bfull course\b|\bzero to hero\b/gi;

function taught(text: string, skills: PostingSkill[]): string[] {
  const idioms = [...text.matchAll(COURSE_FORMAT_PHRASES)].map((m) => [m.index, m.index + m[0].length] as const);
  const counts = (m: { start: number; end: number; text: string }) =>
    !COURSE_FORMAT_WORDS.has(m.text.toLowerCase()) && !idioms.some(([a, b]) => m.start >= a && m.end <= b);
  // A phrase the taxonomy lacks (lib/skills/slots.ts) is no skill a course can teach.
  return skills.filter((s) => !isCustomSkillId(s.id) && s.mentions.some(counts)).map((s) => s.id);
}

/** Splits a combined heading into parts ("Bash / Shell", "Web & Mobile"). */
function parts(topic: string): string[] {
  return topic.split(/\s*(?:\/|&|,|\band\b)\s*/i).filter(Boolean);
}

/** A mapper bound to one taxonomy; records names it could not resolve. */
export class SkillMapper {
  readonly unresolved = new Set<string>();
  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly extract: Extract,
  ) {}

  /** Ids for names/aliases, recording each miss. */
  resolveNames(names: readonly string[]): string[] {
    const ids: string[] = [];
    for (const n of names) {
      const s = this.taxonomy.resolve(n);
      if (s) ids.push(s.id);
      else this.unresolved.add(n);
    }
    return ids;
  }

  /**
   * The ids the taxonomy still has, each as its current id (the old id of a merged skill would
   * never meet a posting's, which carries the current one); records each id it lost ("id: …").
   */
  knownIds(ids: readonly string[]): string[] {
    const known: string[] = [];
    for (const id of ids) {
      const s = this.taxonomy.get(id);
      if (s) known.push(s.id);
      else this.unresolved.add(`id: ${id}`);
    }
    return known;
  }

  /** Skills for a source heading: override, exact name, its parts, then extraction. */
  topicSkills(topic: string): string[] {
    const override = TOPIC_OVERRIDES[topic];
    if (override) return this.resolveNames(override);
    const whole = this.taxonomy.resolve(topic);
    if (whole) return [whole.id];
    const ids: string[] = [];
    for (const p of parts(topic)) {
      const s = this.taxonomy.resolve(p);
      if (s) ids.push(s.id);
    }
    if (ids.length === 0) ids.push(...taught(topic, this.extract(topic, this.taxonomy)));
    if (ids.length === 0) this.unresolved.add(`topic: ${topic}`);
    return ids;
  }

  /** Curated skills for an OSSU course title (empty when the title is not listed). */
  ossuSkills(title: string): string[] {
    const names = OSSU_TITLE_SKILLS[title];
    return names ? this.resolveNames(names) : [];
  }

  /** Skills named in a course title. */
  titleSkills(title: string): string[] {
    return taught(title, this.extract(title, this.taxonomy));
  }
}

/** Distinct ids in first-seen order. */
export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
