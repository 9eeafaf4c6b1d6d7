import { describe, expect, it } from 'vitest';
import { extractSkills, PostingSkillSchema } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);
const find = (text: string, id: string) => extractSkills(text).find((s) => s.id === id);

describe('mentions and offsets', () => {
  it('gives UTF-16 offsets into the original text', () => {
    const text = '🚀 Café team wants Node.js, C# and PostgreSQL — also .NET';
    const skills = extractSkills(text);
    expect(skills.map((s) => s.id)).toEqual(['nodejs', 'csharp', 'postgresql', 'dotnet']);
    for (const s of skills) {
      PostingSkillSchema.parse(s);
      for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(skills[0]?.mentions[0]).toEqual({
      start: text.indexOf('Node.js'),
      end: text.indexOf('Node.js') + 7,
      text: 'Node.js',
    });
  });

  it('keeps offsets right when lower-casing changes the text length ("İ")', () => {
    const text = 'İSTANBUL office: Python, C# and Node.js';
    expect(text.toLowerCase().length).not.toBe(text.length);
    const skills = extractSkills(text);
    expect(skills.map((s) => s.id)).toEqual(['python', 'csharp', 'nodejs']);
    for (const s of skills) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads capitalised words the same whether or not the text holds an "İ"', () => {
    const asks = 'Requirements: OPERATING FORKLIFTS and PICKING ORDERS';
    expect(ids(asks)).toEqual(['operate-forklift', 'order-picking']);
    expect(ids(`Warehouse in İzmir. ${asks}`)).toEqual(['operate-forklift', 'order-picking']);
  });

  it('returns one entry per skill, in order of first mention, with every mention', () => {
    const skills = extractSkills('Python and JS. More Python, javascript and Python 3.');
    expect(skills.map((s) => s.id)).toEqual(['python', 'javascript']);
    expect(skills[0]?.mentions.map((m) => m.text)).toEqual(['Python', 'Python', 'Python 3']);
    expect(skills[1]?.mentions.map((m) => m.text)).toEqual(['JS', 'javascript']);
  });

  it('prefers the longest alias', () => {
    expect(ids('We use Spring Boot and React Native')).toEqual(['spring-boot', 'react-native']);
    expect(ids('Microsoft SQL Server')).toEqual(['sql-server']);
  });

  it('does not match an alias across a comma or bracket', () => {
    expect(ids('Microsoft Office (Word, Excel, Outlook)')).toEqual([
      'microsoft-office',
      'microsoft-word',
      'microsoft-excel',
      'microsoft-outlook',
    ]);
    expect(ids('React, Native speakers welcome')).not.toContain('react-native');
  });

  it('handles punctuation inside names', () => {
    expect(ids('C++, C#, F#, .NET, Node.js, CI/CD, k8s, ASP.NET')).toEqual([
      'cpp',
      'csharp',
      'fsharp',
      'dotnet',
      'nodejs',
      'ci-cd',
      'kubernetes',
      'asp-net',
    ]);
    // SkillSpan-style tokenised text writes ". NET"
    expect(ids('Experience with C # and . NET Core')).toContain('dotnet');
  });

  it('returns nothing for empty or skill-free text', () => {
    expect(extractSkills('')).toEqual([]);
    expect(extractSkills('We are a friendly bunch who like lunch.')).toEqual([]);
  });
});

describe('ambiguous names', () => {
  it('tells Java from JavaScript', () => {
    expect(ids('Java and JavaScript')).toEqual(['java', 'javascript']);
    expect(ids('JavaScript only')).toEqual(['javascript']);
    expect(ids('Java 11 backend')).toEqual(['java']);
  });

  it('tells C from C++ from C#', () => {
    expect(ids('C/C++ and C# developers')).toEqual(['c', 'cpp', 'csharp']);
    expect(ids('Embedded C programming')).toContain('c');
    expect(ids('Must hold a Class C license; report to the C-level team; grade C')).toEqual([]);
  });

  it('never reads "go the extra mile" or "to go" as Go', () => {
    expect(ids('You go the extra mile and are ready to go.')).toEqual([]);
    expect(ids('Go to market strategy')).not.toContain('go');
    expect(ids('We go above and beyond. Let’s Go!')).toEqual([]);
  });

  it('finds Go by context: languages nearby, golang, "Go developer", lists', () => {
    expect(ids('Backend in Go and Python')).toEqual(['go', 'python']);
    expect(ids('Senior Go developer wanted')).toEqual(['go']);
    expect(ids('We write golang')).toEqual(['go']);
    expect(ids('Nice to have: Go, Rust or Swift')).toEqual(['go', 'rust', 'swift']);
    // lower-case tag lists of other skills
    expect(ids('Technologies reactjs django go docker')).toEqual(['react', 'django', 'go', 'docker']);
  });

  it('reads Excel as the tool, not the verb', () => {
    expect(ids('Excel a plus')).toEqual(['microsoft-excel']);
    expect(ids('Advanced Excel skills')).toEqual(['microsoft-excel']);
    expect(ids('You will excel in a fast-paced team. Excel at what you do.')).toEqual([]);
  });

  it('needs context for R, Swift, Rust, Spring, Express, Access, Word, Teams', () => {
    expect(ids('Statistics in R and Python')).toEqual(['statistics', 'r', 'python']);
    expect(ids('R&D department, R and D team')).toEqual([]);
    expect(ids('A Swift response to customers')).not.toContain('swift');
    expect(ids('Swift and Objective-C for iOS')).toEqual(['swift', 'objective-c', 'ios']);
    expect(ids('Spring break is fun. Spring and Hibernate on Java')).toEqual(['spring', 'hibernate', 'java']);
    expect(ids('Express your ideas')).toEqual([]);
    expect(ids('Node.js with Express')).toEqual(['nodejs', 'expressjs']);
    expect(ids('Access to our gym.')).toEqual([]);
    expect(ids('Microsoft Word, Excel and Outlook')).toEqual([
      'microsoft-word',
      'microsoft-excel',
      'microsoft-outlook',
    ]);
    expect(ids('Teams of five engineers')).toEqual([]);
  });

  it('decides Chef, Puppet, Unity, Ruby, Shell, Scheme, Julia, Pig, Less, Node, React by context', () => {
    expect(ids('Our head Chef runs the kitchen')).toEqual([]);
    expect(ids('Chef and Puppet for configuration with Ansible')).toEqual(['chef', 'puppet', 'ansible']);
    expect(ids('The Unity of our teams. Unity and C# game development')).toEqual(['unity', 'csharp', 'video-games']);
    expect(extractSkills('Ruby from accounts. Ruby and Python scripting')[0]?.mentions.map((m) => m.start)).toEqual([
      20,
    ]);
    expect(ids('Shell is a client of ours')).toEqual([]);
    expect(ids('Shell scripts on Linux')).toEqual(['shell-scripting', 'linux']);
    expect(ids('A pension Scheme')).toEqual([]);
    expect(ids('Scheme and Haskell or other functional languages')).toContain('scheme');
    expect(ids('Julia will be your manager')).toEqual([]);
    expect(ids('Julia with Python')).toEqual(['julia', 'python']);
    expect(ids('Hadoop, Pig and Hive')).toEqual(['apache-hadoop', 'apache-pig', 'apache-hive']);
    expect(ids('less than 5 years. Less and Sass for CSS')).toEqual(['less-css', 'sass', 'css']);
    expect(ids('a node in the graph. Node and TypeScript backend')).toEqual(['nodejs', 'typescript']);
    expect(ids('We react quickly. React and Redux')).toEqual(['react', 'redux']);
    expect(extractSkills('We react quickly. React and Redux')[0]?.mentions).toHaveLength(1);
  });

  it('needs upper case for acronyms that are words', () => {
    expect(ids('Strong IT background')).toContain('information-technology');
    expect(ids('it is great')).toEqual([]);
    expect(ids('remote-first company')).toEqual([]);
  });
});

describe('error classes found on the SkillSpan train split', () => {
  it('CV is a résumé, not computer vision', () => {
    expect(ids('Send your CV')).not.toContain('computer-vision');
  });

  it('generic one-word skills count only in a clause about skills', () => {
    expect(ids('Employee Stock Purchase Plan')).toEqual([]);
    expect(ids('Knowledge of finance would be a plus')).toEqual(['finance']);
    expect(ids('We offer sports and yoga')).toEqual([]);
  });

  it('ESCO verb-phrase soft skills need a clause about the candidate', () => {
    expect(ids('We make decisions based on data.')).not.toContain('make-decisions');
    expect(ids('Provide excellent customer service')).toEqual(['customer-service']);
  });

  it('source aliases of two letters or plain words do not fire', () => {
    expect(ids('London - GB')).toEqual([]);
    expect(ids('As part of the team you will contribute')).toEqual([]);
  });

  it('three-letter acronyms match in lower-case tag lists, two-letter ones need capitals', () => {
    expect(ids('Technologies python bash sql php')).toEqual(['python', 'bash', 'sql', 'php']);
    expect(ids('500 ml of water')).toEqual([]);
    expect(ids('ML and AI')).toEqual(['machine-learning', 'artificial-intelligence']);
  });

  it('a team or role named after a field is not a skill', () => {
    expect(ids('Join our Agile team')).toEqual([]);
    expect(ids('Senior Scrum Master wanted')).toEqual([]);
    expect(ids('Experience with Agile and Scrum')).toEqual(['agile', 'scrum']);
  });

  it('a name alone on a short line leans on the lines around it', () => {
    expect(ids('Spring\nSpring Boot\nHibernate')).toEqual(['spring', 'spring-boot', 'hibernate']);
    expect(ids('Spring\nWe are a friendly bunch')).toEqual([]);
  });

  it('a lower-case word counts as part of a tag list only next to other skills', () => {
    expect(ids('reactjs django go docker')).toContain('go');
    expect(ids('we support personal growth with coaching')).toEqual([]);
  });

  it('finds aliases missing from the sources', () => {
    expect(ids('Experience with Apache and Tomcat')).toEqual(['apache-http-server', 'apache-tomcat']);
    expect(ids('Micro Service architecture')).toContain('microservices');
    expect(ids('AWS RDS and SQS')).toEqual(['amazon-rds', 'amazon-sqs']);
  });

  it('perks, the application process and equal-opportunity text are not skills', () => {
    expect(ids('We offer Apple hardware, a gym and LinkedIn Learning')).toEqual([]);
    expect(ids('We do not discriminate on religion, gender or sexual orientation')).toEqual([]);
    // unless the clause is about skills
    expect(ids('We offer training in Python')).toEqual(['python']);
  });

  it('degrees are found', () => {
    expect(ids('BS/BA degree or equivalent experience')).toEqual(['bachelors-degree']);
    expect(ids('PhD in physics preferred')).toContain('phd');
  });
});

describe('requirement strength', () => {
  const posting = [
    'Senior Engineer',
    'Responsibilities:',
    '- Build services in Python',
    'Requirements:',
    '- 3+ years of Python and Django',
    '- Experience with PostgreSQL',
    'Nice to have:',
    '- Kubernetes',
    '- Terraform (2 years)',
    'Benefits:',
    '- Docker training budget',
    'About the team:',
    '- The team deploys with Ansible',
  ].join('\n');
  const req = (id: string) => find(posting, id)?.requirement;

  it('takes the section a skill stands under', () => {
    expect(req('django')).toBe('required');
    expect(req('postgresql')).toBe('required');
    expect(req('kubernetes')).toBe('preferred');
    expect(req('terraform')).toBe('preferred');
    // a heading that asks nothing ends the section
    expect(req('ansible')).toBe('unspecified');
    // a perk, not an ask
    expect(req('docker')).toBeUndefined();
  });

  it('keeps the strongest when a skill is mentioned both ways', () => {
    expect(req('python')).toBe('required');
  });

  it('reads cue phrases in the clause', () => {
    const text = 'Strong JS, Postgres and k8s; go the extra mile; Excel a plus';
    expect(extractSkills(text).map((s) => [s.id, s.requirement])).toEqual([
      ['javascript', 'required'],
      ['postgresql', 'required'],
      ['kubernetes', 'required'],
      ['microsoft-excel', 'preferred'],
    ]);
    expect(find('Docker is a bonus.', 'docker')?.requirement).toBe('preferred');
    expect(find('Java is not required.', 'java')?.requirement).toBe('preferred');
    expect(find('Knowledge of Redis is desirable', 'redis')?.requirement).toBe('preferred');
    expect(find('You must know SQL', 'sql')?.requirement).toBe('required');
    expect(find('We use Redis.', 'redis')?.requirement).toBe('unspecified');
  });

  it('lets a cue override the section', () => {
    expect(find('Requirements:\n- Go is a plus', 'go')?.requirement).toBe('preferred');
    expect(find('Bonus points:\n- Rust is essential', 'rust')?.requirement).toBe('required');
  });

  it('does not take a list item for a heading', () => {
    expect(find('Nice to have:\n- Bilingual\n- Bartending experience', 'bartending')?.requirement).toBe('preferred');
  });

  it('starts a section at an inline heading', () => {
    expect(find('Nice to have:\n- Go\nAbout us: we use Kubernetes', 'kubernetes')?.requirement).toBe('unspecified');
    expect(find('Requirements: Python and SQL', 'sql')?.requirement).toBe('required');
  });

  it('recognises common heading styles', () => {
    expect(find("What you'll need\n- Python", 'python')?.requirement).toBe('required');
    expect(find('## Preferred Qualifications\n- Python', 'python')?.requirement).toBe('preferred');
    expect(find('Pluses:\n* Python', 'python')?.requirement).toBe('preferred');
    expect(find('Requirements:\n- SQL\nAbout us:\nWe love Python', 'python')?.requirement).toBe('unspecified');
  });
});

describe('years of experience', () => {
  it('reads "N+ years of X" for every skill after the phrase', () => {
    const s = extractSkills('3+ years of Python and Django');
    expect(s.map((x) => [x.id, x.years])).toEqual([
      ['python', 3],
      ['django', 3],
    ]);
  });

  it('reads "X (N years)" and number words', () => {
    expect(find('Java (5 years)', 'java')?.years).toBe(5);
    expect(find("at least two years' experience with SQL", 'sql')?.years).toBe(2);
    expect(find('5-7 yrs experience in Go and Python', 'python')?.years).toBe(5);
  });

  it('is null when nothing is stated and keeps the largest', () => {
    expect(find('Python wanted', 'python')?.years).toBeNull();
    expect(find('2 years of Python. Python: 4 years', 'python')?.years).toBe(4);
  });
});

describe('postings beyond tech (a shift lead at a café)', () => {
  const ad = [
    'Shift Supervisor - Blue Bottle Cafe',
    "What you'll do",
    '- Lead a team of 6 baristas, handle cash and open/close the store',
    '- Scheduling, inventory counts and ordering',
    'Requirements',
    '- Clear communication with customers and staff',
    '- Bilingual English/Spanish is a plus',
  ].join('\n');

  it('counts generic skill words on lines under a requirements or duties heading', () => {
    const found = ids(ad);
    expect(found).toEqual(expect.arrayContaining(['cash-handling', 'scheduling', 'communication']));
    expect(find(ad, 'communication')?.requirement).toBe('required');
    // Duties name skills the job uses without a requirement strength of their own.
    expect(find(ad, 'scheduling')?.requirement).toBe('unspecified');
  });

  it('the same words outside such sections stay ordinary words', () => {
    expect(ids('Our scheduling is flexible and communication is open.')).toEqual([]);
  });

  it('"Bilingual English/Spanish" names both languages', () => {
    expect(ids(ad)).toEqual(expect.arrayContaining(['bilingual', 'english', 'spanish']));
    expect(find(ad, 'spanish')?.requirement).toBe('preferred');
  });
});
