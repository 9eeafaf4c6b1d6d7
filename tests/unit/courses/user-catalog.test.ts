import { describe, expect, it } from 'vitest';
import { CourseSchema, parseCsv, parseUserCatalog } from '../../../lib/courses/index';

const known: Record<string, string> = {
  excel: 'microsoft-excel',
  'microsoft excel': 'microsoft-excel',
  python: 'python',
  sql: 'sql',
  forklift: 'forklift',
};
const resolve = (name: string) => known[name.toLowerCase()];

describe('parseUserCatalog (JSON)', () => {
  it('reads good rows and reports each bad row by number', () => {
    const text = JSON.stringify([
      {
        title: 'Excel basics',
        url: 'https://learn.example.com/excel',
        skills: ['Excel'],
        minutes: 90,
        level: 'Beginner',
        cost: 'free',
        credential: 'badge',
        provider: 'Acme Academy',
      },
      { title: 'No link', skills: ['Python'] },
      { title: 'Plain http', url: 'http://learn.example.com/x', skills: ['Python'] },
      { title: 'Unknown skills only', url: 'https://learn.example.com/y', skills: 'Basket weaving' },
      {
        Name: 'Forklift safety',
        Link: 'https://learn.example.com/forklift',
        Skills: 'Forklift; Underwater welding',
        Hours: 1.5,
      },
      'not an object',
      { title: 'Bad level', url: 'https://learn.example.com/z', skills: ['SQL'], level: 'expert' },
    ]);
    const { courses, errors } = parseUserCatalog(text, 'json', resolve);
    expect(courses.map((c) => c.title)).toEqual(['Excel basics', 'Forklift safety']);
    expect(courses[0]).toEqual({
      id: 'user:learn-example-com-excel',
      title: 'Excel basics',
      provider: 'Acme Academy',
      url: 'https://learn.example.com/excel',
      skills: ['microsoft-excel'],
      minutes: 90,
      level: 'beginner',
      cost: 'free',
      credential: 'badge',
      source: 'user',
    });
    expect(courses[1]!.minutes).toBe(90);
    expect(courses[1]!.provider).toBe('learn.example.com');
    expect(courses[1]!.skills).toEqual(['forklift']);
    for (const c of courses) expect(CourseSchema.parse(c)).toEqual(c);
    expect(errors).toEqual([
      'Row 2: missing url',
      'Row 3: url "http://learn.example.com/x" is not an https address',
      'Row 4: unknown skill "Basket weaving" ignored',
      'Row 4: no known skills',
      'Row 5: unknown skill "Underwater welding" ignored',
      'Row 6: expected an object',
      'Row 7: level "expert" is not one of beginner, intermediate, advanced',
    ]);
  });

  it('accepts an object with a courses array and skips duplicate ids', () => {
    const row = { id: 'X1', title: 'A', url: 'https://a.example/1', skills: ['sql'] };
    const { courses, errors } = parseUserCatalog(
      JSON.stringify({ courses: [row, { ...row, title: 'B' }] }),
      'json',
      resolve,
    );
    expect(courses.map((c) => c.id)).toEqual(['user:x1']);
    expect(errors).toEqual(['Row 2: duplicate id user:x1, row skipped']);
  });

  it('never throws on unreadable input', () => {
    expect(parseUserCatalog('{nope', 'json', resolve).errors[0]).toMatch(/^Not valid JSON/);
    expect(parseUserCatalog('42', 'json', resolve).errors).toHaveLength(1);
    expect(parseUserCatalog('null', 'json', resolve).courses).toEqual([]);
    expect(parseUserCatalog('[{"title": {"x": 1}, "url": "https://a.example"}]', 'json', resolve).errors[0]).toMatch(
      /^Row 1: title/,
    );
    const throwing = () => {
      throw new Error('resolver down');
    };
    expect(parseUserCatalog('[{"title":"A","url":"https://a.example","skills":"x"}]', 'json', throwing).errors).toEqual(
      ['Import failed: resolver down'],
    );
  });
});

describe('parseUserCatalog (CSV)', () => {
  it('reads quoted fields, CRLF and a BOM, reporting bad rows by line', () => {
    const csv =
      '\ufeffTitle,URL,Skills,Minutes,Cost\r\n' +
      '"Excel, the basics",https://learn.example.com/excel,"Excel|SQL",45,free\r\n' +
      'Broken,ftp://learn.example.com/x,Python,10,free\r\n' +
      '\r\n' +
      '"Say ""hi""",https://learn.example.com/hi,Python,-5,free\r\n' +
      'Python 101,https://learn.example.com/py,Python,,paid\r\n';
    const { courses, errors } = parseUserCatalog(csv, 'csv', resolve);
    expect(courses.map((c) => [c.title, c.skills, c.minutes, c.cost])).toEqual([
      ['Excel, the basics', ['microsoft-excel', 'sql'], 45, 'free'],
      ['Python 101', ['python'], null, 'paid'],
    ]);
    expect(errors).toEqual([
      'Line 3: url "ftp://learn.example.com/x" is not an https address',
      'Line 5: duration "-5" is not a positive number',
    ]);
  });

  it('reads semicolon- and tab-separated exports', () => {
    const semi = 'Title;URL;Skills;Hours\n"Excel; advanced";https://learn.example.com/x;Excel, SQL;1,5\n';
    const { courses, errors } = parseUserCatalog(semi, 'csv', resolve);
    expect(courses.map((c) => [c.title, c.skills])).toEqual([['Excel; advanced', ['microsoft-excel', 'sql']]]);
    expect(errors).toEqual([]);
    expect(courses[0]!.minutes).toBe(90); // decimal comma
    expect(
      parseUserCatalog('title;url;skills;hours\nA;https://a.example/a;sql;1,5,2\n', 'csv', resolve).errors,
    ).toEqual(['Line 2: duration "1,5,2" is not a positive number']);
    const tab = parseUserCatalog('title\turl\tskills\nPython\thttps://a.example/p\tpython\n', 'csv', resolve);
    expect(tab.courses.map((c) => c.skills)).toEqual([['python']]);
  });

  it('rejects a header without title and url columns, and empty input', () => {
    expect(parseUserCatalog('foo,bar\n1,2\n', 'csv', resolve)).toEqual({
      courses: [],
      errors: ['CSV header must name at least a title and a url column'],
    });
    expect(parseUserCatalog('', 'csv', resolve).errors).toEqual(['Empty CSV: expected a header row']);
  });

  it('reports an unterminated quote', () => {
    const { errors } = parseUserCatalog('title,url,skills\n"oops,https://a.example,python\n', 'csv', resolve);
    expect(errors[0]).toBe('Line 2: a quoted field is never closed; this row was skipped');
  });

  it('keeps the rows after an unclosed quote, and reports each bad row', () => {
    const good = (i: number) => `Course ${i},https://learn.example.org/${i},Python`;
    const lines = ['title,url,skills', good(1), '"Broken course,https://learn.example.org/x,Python'];
    for (let i = 2; i <= 10; i++) lines.push(good(i));
    lines.splice(6, 0, '"Another broken,https://learn.example.org/y,SQL');
    const { courses, errors } = parseUserCatalog(lines.join('\n'), 'csv', resolve);
    expect(courses.map((c) => c.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Course ${i + 1}`));
    expect(errors).toEqual([
      'Line 3: a quoted field is never closed; this row was skipped',
      'Line 7: a quoted field is never closed; this row was skipped',
    ]);
  });
});

describe('parseCsv', () => {
  it('keeps newlines inside quotes and counts lines', () => {
    const { rows, error } = parseCsv('a,b\n"x\ny",z\nlast,1');
    expect(error).toBeNull();
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'z'] },
      { line: 4, cells: ['last', '1'] },
    ]);
  });

  it('reads a file of 300,000 rows without overflowing the stack', () => {
    const text = 'id,title\n' + Array.from({ length: 300_000 }, (_, i) => `c${i},Course ${i}`).join('\n');
    const { rows, errors } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(300_001);
    expect(rows[300_000]).toEqual({ line: 300_001, cells: ['c299999', 'Course 299999'] });
  });
});

describe('parseUserCatalog (catalog v2 columns)', () => {
  it('reads format, recognised, stacks into and note, and rejects bad values by row', () => {
    const csv =
      'id,title,url,skills,hours,format,recognised,stacks into,note\n' +
      'fl,Forklift refresher,https://lms.example.com/fl,forklift,4,In person,yes,"rt; cred:osha-10-general-industry",Bring boots\n' +
      'x,Bad format,https://lms.example.com/x,forklift,1,video,,,\n' +
      'y,Bad recognised,https://lms.example.com/y,forklift,1,online,maybe,,\n' +
      'z,Plain,https://lms.example.com/z,forklift,1,,,,\n';
    const { courses, errors } = parseUserCatalog(csv, 'csv', resolve);
    expect(courses.map((c) => c.id)).toEqual(['user:fl', 'user:z']);
    expect(courses[0]).toMatchObject({
      format: 'in-person',
      recognised: true,
      stacksInto: ['user:rt', 'cred:osha-10-general-industry'],
      note: 'Bring boots',
      minutes: 240,
    });
    expect(courses[1]!.format).toBeUndefined();
    expect(courses[1]!.stacksInto).toBeUndefined();
    expect(errors).toEqual([
      'Line 3: format "video" is not one of online, in-person, blended',
      'Line 4: recognised "maybe" is not yes or no',
    ]);
    for (const c of courses) expect(CourseSchema.safeParse(c).success).toBe(true);
  });
});
