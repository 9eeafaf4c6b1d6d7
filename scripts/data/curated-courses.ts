/**
 * Curated courses: provider pages whose address is well established (each was checked to be in
 * wide public use; no guessed paths). Skills are names or aliases, resolved through the
 * taxonomy at build time (an unresolved name is reported by the build and dropped).
 * Minutes only where the provider states the length; otherwise null.
 * Keep this list modest: anything not here is covered by provider search actions.
 * Some entries also list an O*NET product name ("Structured query language SQL"): while the
 * taxonomy keeps such names as separate skills, this ties them to the same course; once they
 * are merged into the canonical skill they resolve to the same id and change nothing.
 */
import type { Course } from '../../lib/courses/schema';

/** A catalog course before build: `skills` holds names or aliases, not yet ids. */
export type CuratedCourse = Omit<Course, 'source'>;

type Row = [id: string, title: string, url: string, skills: string[], minutes?: number | null];

/** Rows sharing a provider; `provider: null` names each row by its site ("docs.python.org"). */
function group(
  provider: string | null,
  defaults: Pick<CuratedCourse, 'level' | 'cost' | 'credential'>,
  rows: Row[],
): CuratedCourse[] {
  return rows.map(([id, title, url, skills, minutes]) => ({
    id: `curated:${id}`,
    title,
    provider: provider ?? new URL(url).hostname.replace(/^www\./, ''),
    url,
    skills,
    minutes: minutes ?? null,
    ...defaults,
  }));
}

export const CURATED_COURSES: CuratedCourse[] = [
  // Food service, care, logistics and trades certifications live in scripts/courses/credentials.ts.
  // Office and finance.
  ...group('Intuit', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    [
      'quickbooks-training',
      'QuickBooks training and certification',
      'https://quickbooks.intuit.com/accountants/training-certification/',
      ['QuickBooks', 'bookkeeping'],
    ],
  ]),
  ...group('GCFGlobal', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['gcf-excel', 'Excel tutorials', 'https://edu.gcfglobal.org/en/excel/', ['Microsoft Excel', 'spreadsheets']],
    ['gcf-excel-formulas', 'Excel formulas', 'https://edu.gcfglobal.org/en/excelformulas/', ['Microsoft Excel']],
    ['gcf-word', 'Word tutorials', 'https://edu.gcfglobal.org/en/word/', ['Microsoft Word']],
    ['gcf-powerpoint', 'PowerPoint tutorials', 'https://edu.gcfglobal.org/en/powerpoint/', ['Microsoft PowerPoint']],
    ['gcf-access', 'Access 2016 tutorials', 'https://edu.gcfglobal.org/en/access2016/', ['Microsoft Access']],
    [
      'gcf-google-docs',
      'Google Docs tutorials',
      'https://edu.gcfglobal.org/en/googledocuments/',
      ['Google Docs', 'Google Workspace software'],
    ],
    [
      'gcf-google-sheets',
      'Google Sheets tutorials',
      'https://edu.gcfglobal.org/en/googlespreadsheets/',
      ['Google Sheets', 'spreadsheets'],
    ],
    ['gcf-windows', 'Windows basics', 'https://edu.gcfglobal.org/en/windowsbasics/', ['Microsoft Windows']],
    ['gcf-computer-basics', 'Computer basics', 'https://edu.gcfglobal.org/en/computerbasics/', ['computer literacy']],
    ['gcf-email', 'Email 101', 'https://edu.gcfglobal.org/en/email101/', ['email']],
  ]),
  ...group('TypingClub', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['typingclub', 'Touch typing lessons', 'https://www.typingclub.com/', ['typing']],
  ]),
  // Vendor academies for widely requested products.
  ...group('Salesforce Trailhead', { level: 'beginner', cost: 'free', credential: 'badge' }, [
    ['trailhead', 'Trailhead: learn Salesforce', 'https://trailhead.salesforce.com/', ['Salesforce']],
  ]),
  ...group('SAP Learning', { level: 'beginner', cost: 'free', credential: 'unknown' }, [
    ['sap-learning', 'SAP Learning: courses and learning journeys', 'https://learning.sap.com/', ['SAP']],
  ]),
  ...group('Google Skillshop', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    [
      'skillshop',
      'Skillshop: Google Ads and Google Analytics training',
      'https://skillshop.withgoogle.com/',
      ['Google Ads', 'Google Analytics'],
    ],
  ]),
  ...group('Google Cloud Skills Boost', { level: 'beginner', cost: 'unknown', credential: 'badge' }, [
    [
      'gcp-skills-boost',
      'Google Cloud Skills Boost',
      'https://www.cloudskillsboost.google/',
      ['Google Cloud Platform'],
    ],
  ]),
  ...group('Tableau', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['tableau-training', 'Tableau free training videos', 'https://www.tableau.com/learn/training', ['Tableau']],
  ]),
  ...group('Adobe', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['adobe-photoshop', 'Photoshop tutorials', 'https://helpx.adobe.com/photoshop/tutorials.html', ['Adobe Photoshop']],
    [
      'adobe-illustrator',
      'Illustrator tutorials',
      'https://helpx.adobe.com/illustrator/tutorials.html',
      ['Adobe Illustrator'],
    ],
  ]),
  ...group('Microsoft Learn', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'ms-power-bi',
      'Power BI documentation and tutorials',
      'https://learn.microsoft.com/en-us/power-bi/',
      ['Power BI'],
    ],
    ['ms-csharp', 'C# documentation and tutorials', 'https://learn.microsoft.com/en-us/dotnet/csharp/', ['C#']],
  ]),
  ...group('Coursera (Google)', { level: 'beginner', cost: 'paid', credential: 'certificate' }, [
    [
      'google-data-analytics',
      'Google Data Analytics Professional Certificate',
      'https://www.coursera.org/professional-certificates/google-data-analytics',
      ['data analysis', 'spreadsheets', 'SQL', 'Tableau', 'R'],
    ],
  ]),
  ...group('Microsoft Support', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'ms-excel-video',
      'Excel video training',
      'https://support.microsoft.com/en-us/office/excel-video-training-9bc05390-e94c-46af-a5b3-d7c22f6990bb',
      ['Microsoft Excel'],
    ],
    [
      'ms-outlook-training',
      'Outlook training',
      'https://support.microsoft.com/en-us/office/outlook-training-8a5b816d-9052-4190-a5eb-494512343cca',
      ['Microsoft Outlook', 'email'],
    ],
    [
      'ms-teams-video',
      'Microsoft Teams video training',
      'https://support.microsoft.com/en-us/office/microsoft-teams-video-training-4f108e54-240b-4351-8084-b1089f0d21d7',
      ['Microsoft Teams'],
    ],
    [
      'ms-sharepoint-video',
      'SharePoint video training',
      'https://support.microsoft.com/en-us/office/sharepoint-video-training-cb8ef501-84db-4427-ac77-ec2009fb8e23',
      ['SharePoint'],
    ],
  ]),
  ...group('Microsoft Learn', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'ms-powershell',
      'PowerShell overview and learning path',
      'https://learn.microsoft.com/en-us/powershell/scripting/overview',
      ['PowerShell'],
    ],
  ]),
  // Ways of working and business skills.
  ...group('Scrum.org / Scrum Inc.', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['scrum-guide', 'The Scrum Guide', 'https://scrumguides.org/scrum-guide.html', ['Scrum', 'Agile'], 60],
  ]),
  ...group('Atlassian', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'atlassian-agile-coach',
      'Agile Coach: agile, scrum and kanban guides',
      'https://www.atlassian.com/agile',
      ['Agile', 'Scrum', 'Kanban'],
    ],
    ['atlassian-jira-guides', 'Jira guides', 'https://www.atlassian.com/software/jira/guides', ['Jira']],
  ]),
  ...group('Coursera (Google)', { level: 'beginner', cost: 'paid', credential: 'certificate' }, [
    [
      'google-project-management',
      'Google Project Management Professional Certificate',
      'https://www.coursera.org/professional-certificates/google-project-management',
      ['project management', 'Agile', 'Scrum'],
    ],
  ]),
  ...group('Coursera (UC Irvine)', { level: 'beginner', cost: 'free-audit', credential: 'certificate' }, [
    [
      'work-smarter-not-harder',
      'Work Smarter, Not Harder: Time Management for Personal and Professional Productivity',
      'https://www.coursera.org/learn/work-smarter-not-harder',
      ['time management'],
    ],
  ]),
  ...group('HubSpot Academy', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    [
      'hubspot-academy',
      'HubSpot Academy: marketing, sales and service courses',
      'https://academy.hubspot.com/',
      ['HubSpot software', 'marketing', 'sales', 'SEO', 'customer service'],
    ],
  ]),
  ...group('Canva', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['canva-design-school', 'Canva Design School', 'https://www.canva.com/designschool/', ['Canva', 'graphic design']],
  ]),
  ...group('Duolingo', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'duolingo',
      'Duolingo language courses',
      'https://www.duolingo.com/',
      [
        'Spanish',
        'French',
        'German',
        'Italian',
        'Portuguese',
        'Dutch',
        'Danish',
        'Swedish',
        'Norwegian',
        'Japanese',
        'Korean',
        'Chinese',
        'Russian',
        'Arabic',
        'Hindi',
      ],
    ],
  ]),
  ...group('Coursera', { level: 'beginner', cost: 'free-audit', credential: 'certificate' }, [
    [
      'uw-public-speaking',
      'Introduction to Public Speaking (University of Washington)',
      'https://www.coursera.org/learn/public-speaking',
      ['public speaking'],
    ],
    [
      'umich-negotiation',
      'Successful Negotiation: Essential Strategies and Skills (University of Michigan)',
      'https://www.coursera.org/learn/negotiation-skills',
      ['negotiation'],
    ],
    [
      'cu-teamwork',
      'Teamwork Skills: Communicating Effectively in Groups (University of Colorado Boulder)',
      'https://www.coursera.org/learn/teamwork-skills-effective-communication',
      ['teamwork', 'communication'],
    ],
    [
      'wharton-accounting',
      'Introduction to Financial Accounting (Wharton)',
      'https://www.coursera.org/learn/wharton-accounting',
      ['accounting', 'financial accounting'],
    ],
  ]),
  ...group('Khan Academy', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['khan-physics', 'Physics', 'https://www.khanacademy.org/science/physics', ['physics']],
    ['khan-chemistry', 'Chemistry', 'https://www.khanacademy.org/science/chemistry', ['chemistry']],
    ['khan-biology', 'Biology', 'https://www.khanacademy.org/science/biology', ['biology']],
    [
      'khan-economics',
      'Economics and finance',
      'https://www.khanacademy.org/economics-finance-domain',
      ['economics', 'finance'],
    ],
  ]),
  ...group('Google', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'google-code-review',
      'Google engineering practices: code review',
      'https://google.github.io/eng-practices/review/',
      ['code review'],
    ],
    [
      'google-tech-writing',
      'Technical writing courses',
      'https://developers.google.com/tech-writing',
      ['provide technical documentation', 'documentation'],
    ],
    [
      'google-sre-book',
      'Site Reliability Engineering (book)',
      'https://sre.google/sre-book/table-of-contents/',
      ['site reliability engineering'],
    ],
  ]),
  ...group('GitHub', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['open-source-guides', 'Open Source Guides', 'https://opensource.guide/', ['open source']],
  ]),
  ...group('Rosalind', { level: 'intermediate', cost: 'free', credential: 'none' }, [
    ['rosalind', 'Rosalind: bioinformatics problems', 'https://rosalind.info/', ['bioinformatics']],
  ]),
  ...group('Atlassian', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'atlassian-confluence-guides',
      'Confluence guides',
      'https://www.atlassian.com/software/confluence/guides',
      ['Confluence'],
    ],
  ]),
  ...group('Microsoft Learn', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'ms-vba',
      'Getting started with VBA in Office',
      'https://learn.microsoft.com/en-us/office/vba/library-reference/concepts/getting-started-with-vba-in-office',
      ['VBA', 'Microsoft Visual Basic for Applications VBA', 'Visual Basic'],
    ],
    [
      'ms-sql-server',
      'SQL Server documentation',
      'https://learn.microsoft.com/en-us/sql/sql-server/',
      ['SQL Server', 'Transact-SQL'],
    ],
    [
      'ms-visual-studio',
      'Visual Studio documentation',
      'https://learn.microsoft.com/en-us/visualstudio/',
      ['Visual Studio'],
    ],
  ]),
  ...group('Coursera (Google)', { level: 'beginner', cost: 'paid', credential: 'certificate' }, [
    [
      'google-it-support',
      'Google IT Support Professional Certificate',
      'https://www.coursera.org/professional-certificates/google-it-support',
      ['technical support', 'troubleshooting', 'Active Directory', 'DNS'],
    ],
  ]),
  ...group('Coursera (University of Michigan)', { level: 'beginner', cost: 'free-audit', credential: 'certificate' }, [
    [
      'umich-mindware',
      'Mindware: Critical Thinking for the Information Age',
      'https://www.coursera.org/learn/mindware',
      ['critical thinking'],
    ],
  ]),
  ...group('Khan Academy', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'khan-personal-finance',
      'Personal finance',
      'https://www.khanacademy.org/college-careers-more/personal-finance',
      ['budgeting', 'personal finance'],
    ],
    ['khan-world-history', 'World history', 'https://www.khanacademy.org/humanities/world-history', ['history']],
  ]),
  ...group('Cloudflare Learning Center', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['cloudflare-dns', 'What is DNS?', 'https://www.cloudflare.com/learning/dns/what-is-dns/', ['DNS']],
    [
      'cloudflare-serverless',
      'What is serverless computing?',
      'https://www.cloudflare.com/learning/serverless/what-is-serverless/',
      ['serverless'],
    ],
    ['cloudflare-bgp', 'What is BGP?', 'https://www.cloudflare.com/learning/security/glossary/what-is-bgp/', ['BGP']],
  ]),
  ...group('martinfowler.com', { level: 'intermediate', cost: 'free', credential: 'none' }, [
    [
      'fowler-tdd',
      'Test-driven development (article)',
      'https://martinfowler.com/bliki/TestDrivenDevelopment.html',
      ['test-driven development'],
    ],
    [
      'fowler-ci',
      'Continuous integration (article)',
      'https://martinfowler.com/articles/continuousIntegration.html',
      ['continuous integration', 'CI/CD'],
    ],
    [
      'fowler-cd',
      'Continuous delivery (article)',
      'https://martinfowler.com/bliki/ContinuousDelivery.html',
      ['continuous delivery', 'CI/CD'],
    ],
  ]),
  ...group('Adobe', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['adobe-indesign', 'InDesign tutorials', 'https://helpx.adobe.com/indesign/tutorials.html', ['Adobe InDesign']],
    [
      'adobe-after-effects',
      'After Effects tutorials',
      'https://helpx.adobe.com/after-effects/tutorials.html',
      ['Adobe After Effects'],
    ],
  ]),
  ...group('Trimble', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['sketchup-campus', 'SketchUp Campus', 'https://learn.sketchup.com/', ['SketchUp']],
  ]),
  ...group(null, { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['aspnet-core-docs', 'ASP.NET Core documentation', 'https://learn.microsoft.com/en-us/aspnet/core/', ['ASP.NET']],
    ['svn-book', 'Version Control with Subversion (book)', 'https://svnbook.red-bean.com/', ['Apache Subversion SVN']],
    ['gitlab-docs', 'GitLab documentation', 'https://docs.gitlab.com/', ['GitLab']],
  ]),
  ...group('W3Schools', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    ['w3-ajax', 'AJAX introduction', 'https://www.w3schools.com/xml/ajax_intro.asp', ['AJAX']],
  ]),
  ...group('Apple', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['macos-user-guide', 'macOS User Guide', 'https://support.apple.com/guide/mac-help/welcome/mac', ['macOS']],
  ]),
  ...group('Oracle', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'oracle-live-sql',
      'Oracle Live SQL: tutorials and scripts in the browser',
      'https://livesql.oracle.com/',
      ['Oracle Database', 'PL/SQL', 'Oracle PL/SQL'],
    ],
  ]),
  ...group('martinfowler.com', { level: 'intermediate', cost: 'free', credential: 'none' }, [
    [
      'fowler-pair-programming',
      'On pair programming (article)',
      'https://martinfowler.com/articles/on-pair-programming.html',
      ['pair programming'],
    ],
    [
      'fowler-ddd',
      'Domain-driven design (article)',
      'https://martinfowler.com/bliki/DomainDrivenDesign.html',
      ['domain-driven design'],
    ],
  ]),
  ...group(null, { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'redux-essentials',
      'Redux essentials tutorial',
      'https://redux.js.org/tutorials/essentials/part-1-overview-concepts',
      ['Redux', 'React Redux'],
    ],
    ['circleci-docs', 'CircleCI documentation', 'https://circleci.com/docs/', ['CircleCI']],
  ]),
  // More vendor academies and official getting-started guides.
  ...group('AWS Skill Builder', { level: 'beginner', cost: 'unknown', credential: 'badge' }, [
    [
      'aws-skill-builder',
      'AWS Skill Builder',
      'https://skillbuilder.aws/',
      [
        'AWS',
        'Amazon Web Services AWS software',
        'Amazon EC2',
        'Amazon Elastic Compute Cloud EC2',
        'Amazon S3',
        'Amazon Simple Storage Service S3',
        'AWS Lambda',
        'Amazon Redshift',
        'Amazon DynamoDB',
      ],
    ],
  ]),
  ...group('SAS', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['sas-free-training', 'Free SAS training', 'https://www.sas.com/en_us/training/offers/free-training.html', ['SAS']],
  ]),
  ...group('Esri', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['learn-arcgis', 'Learn ArcGIS', 'https://learn.arcgis.com/', ['ArcGIS', 'ESRI ArcGIS software']],
  ]),
  ...group('Adobe', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['adobe-acrobat', 'Acrobat tutorials', 'https://helpx.adobe.com/acrobat/tutorials.html', ['Adobe Acrobat']],
  ]),
  ...group(null, { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'github-actions-docs',
      'GitHub Actions documentation',
      'https://docs.github.com/en/actions',
      ['GitHub Actions', 'CI/CD', 'continuous integration'],
    ],
    ['spring-guides', 'Spring guides', 'https://spring.io/guides', ['Spring', 'Spring Boot']],
    ['kafka-quickstart', 'Apache Kafka quickstart', 'https://kafka.apache.org/quickstart', ['Apache Kafka']],
    [
      'maven-getting-started',
      'Maven getting started guide',
      'https://maven.apache.org/guides/getting-started/',
      ['Maven'],
    ],
    ['junit-user-guide', 'JUnit user guide', 'https://junit.org/junit5/docs/current/user-guide/', ['JUnit']],
    [
      'prometheus-getting-started',
      'Prometheus: getting started',
      'https://prometheus.io/docs/prometheus/latest/getting_started/',
      ['Prometheus'],
    ],
    ['drupal-user-guide', 'Drupal user guide', 'https://www.drupal.org/docs/user_guide/en/index.html', ['Drupal']],
  ]),
  ...group('W3Schools', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    [
      'w3-json',
      'JSON introduction',
      'https://www.w3schools.com/js/js_json_intro.asp',
      ['JSON', 'JavaScript Object Notation JSON'],
    ],
  ]),
  // Programming: official tutorials and interactive lessons.
  ...group('Kaggle Learn', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    ['kaggle-python', 'Python', 'https://www.kaggle.com/learn/python', ['Python'], 300],
    ['kaggle-pandas', 'Pandas', 'https://www.kaggle.com/learn/pandas', ['pandas'], 240],
    ['kaggle-intro-sql', 'Intro to SQL', 'https://www.kaggle.com/learn/intro-to-sql', ['SQL'], 180],
    ['kaggle-advanced-sql', 'Advanced SQL', 'https://www.kaggle.com/learn/advanced-sql', ['SQL'], 240],
    [
      'kaggle-intro-ml',
      'Intro to Machine Learning',
      'https://www.kaggle.com/learn/intro-to-machine-learning',
      ['machine learning'],
      180,
    ],
    [
      'kaggle-data-viz',
      'Data Visualization',
      'https://www.kaggle.com/learn/data-visualization',
      ['data visualization'],
      240,
    ],
    ['kaggle-data-cleaning', 'Data Cleaning', 'https://www.kaggle.com/learn/data-cleaning', ['data cleaning'], 240],
    [
      'kaggle-feature-engineering',
      'Feature Engineering',
      'https://www.kaggle.com/learn/feature-engineering',
      ['feature engineering'],
      300,
    ],
    [
      'kaggle-intro-dl',
      'Intro to Deep Learning',
      'https://www.kaggle.com/learn/intro-to-deep-learning',
      ['deep learning'],
      240,
    ],
  ]),
  ...group('W3Schools', { level: 'beginner', cost: 'free', credential: 'certificate' }, [
    ['w3-html', 'HTML tutorial', 'https://www.w3schools.com/html/', ['HTML', 'Hypertext markup language HTML']],
    ['w3-css', 'CSS tutorial', 'https://www.w3schools.com/css/', ['CSS', 'Cascading style sheets CSS']],
    ['w3-js', 'JavaScript tutorial', 'https://www.w3schools.com/js/', ['JavaScript']],
    ['w3-sql', 'SQL tutorial', 'https://www.w3schools.com/sql/', ['SQL', 'Structured query language SQL']],
    ['w3-mysql', 'MySQL tutorial', 'https://www.w3schools.com/mysql/', ['MySQL']],
    ['w3-postgresql', 'PostgreSQL tutorial', 'https://www.w3schools.com/postgresql/', ['PostgreSQL']],
    ['w3-mongodb', 'MongoDB tutorial', 'https://www.w3schools.com/mongodb/', ['MongoDB']],
    ['w3-python', 'Python tutorial', 'https://www.w3schools.com/python/', ['Python']],
    ['w3-java', 'Java tutorial', 'https://www.w3schools.com/java/', ['Java']],
    ['w3-csharp', 'C# tutorial', 'https://www.w3schools.com/cs/', ['C#']],
    ['w3-cpp', 'C++ tutorial', 'https://www.w3schools.com/cpp/', ['C++']],
    ['w3-c', 'C tutorial', 'https://www.w3schools.com/c/', ['C']],
    ['w3-r', 'R tutorial', 'https://www.w3schools.com/r/', ['R']],
    ['w3-php', 'PHP tutorial', 'https://www.w3schools.com/php/', ['PHP']],
    ['w3-xml', 'XML tutorial', 'https://www.w3schools.com/xml/', ['XML', 'Extensible markup language XML']],
    ['w3-git', 'Git tutorial', 'https://www.w3schools.com/git/', ['Git', 'GitHub']],
    ['w3-bash', 'Bash tutorial', 'https://www.w3schools.com/bash/', ['Bash', 'shell scripting']],
    ['w3-jquery', 'jQuery tutorial', 'https://www.w3schools.com/jquery/', ['jQuery']],
    ['w3-react', 'React tutorial', 'https://www.w3schools.com/react/', ['React']],
    ['w3-nodejs', 'Node.js tutorial', 'https://www.w3schools.com/nodejs/', ['Node.js']],
    ['w3-typescript', 'TypeScript tutorial', 'https://www.w3schools.com/typescript/', ['TypeScript']],
    ['w3-django', 'Django tutorial', 'https://www.w3schools.com/django/', ['Django']],
    ['w3-kotlin', 'Kotlin tutorial', 'https://www.w3schools.com/kotlin/', ['Kotlin']],
    ['w3-go', 'Go tutorial', 'https://www.w3schools.com/go/', ['Go']],
    ['w3-sass', 'Sass tutorial', 'https://www.w3schools.com/sass/', ['Sass']],
    ['w3-vue', 'Vue tutorial', 'https://www.w3schools.com/vue/', ['Vue.js']],
    ['w3-excel', 'Excel tutorial', 'https://www.w3schools.com/excel/', ['Microsoft Excel']],
  ]),
  ...group(null, { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['python-tutorial', 'The Python Tutorial', 'https://docs.python.org/3/tutorial/', ['Python']],
    [
      'typescript-handbook',
      'The TypeScript Handbook',
      'https://www.typescriptlang.org/docs/handbook/intro.html',
      ['TypeScript'],
    ],
    ['react-learn', 'Learn React', 'https://react.dev/learn', ['React']],
    ['rust-book', 'The Rust Programming Language', 'https://doc.rust-lang.org/book/', ['Rust']],
    ['go-tour', 'A Tour of Go', 'https://go.dev/tour/', ['Go']],
    [
      'kubernetes-basics',
      'Learn Kubernetes Basics',
      'https://kubernetes.io/docs/tutorials/kubernetes-basics/',
      ['Kubernetes'],
    ],
    ['docker-get-started', 'Docker: Get started', 'https://docs.docker.com/get-started/', ['Docker']],
    [
      'postgresql-tutorial',
      'PostgreSQL tutorial',
      'https://www.postgresql.org/docs/current/tutorial.html',
      ['PostgreSQL'],
    ],
    ['pro-git', 'Pro Git', 'https://git-scm.com/book/en/v2', ['Git']],
    [
      'mdn-learn',
      'MDN: Learn web development',
      'https://developer.mozilla.org/en-US/docs/Learn',
      ['HTML', 'CSS', 'JavaScript'],
    ],
    ['dev-java-learn', 'Learn Java (dev.java)', 'https://dev.java/learn/', ['Java']],
  ]),
  ...group(null, { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['sqlbolt', 'SQLBolt: interactive SQL lessons', 'https://sqlbolt.com/', ['SQL']],
    ['linux-journey', 'Linux Journey', 'https://linuxjourney.com/', ['Linux', 'Unix', 'command line']],
    ['r4ds', 'R for Data Science', 'https://r4ds.hadley.nz/', ['R', 'data science']],
  ]),
  ...group('GitHub', { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['github-skills', 'GitHub Skills', 'https://skills.github.com/', ['GitHub', 'Git']],
  ]),
  ...group('Khan Academy', { level: 'beginner', cost: 'free', credential: 'none' }, [
    [
      'khan-statistics',
      'Statistics and probability',
      'https://www.khanacademy.org/math/statistics-probability',
      ['statistics', 'probability'],
    ],
    [
      'khan-programming',
      'Computer programming (JavaScript and ProcessingJS)',
      'https://www.khanacademy.org/computing/computer-programming',
      ['JavaScript'],
    ],
  ]),
  // Official getting-started guides and documentation for frequently asked tools (addresses in wide use).
  ...group(null, { level: 'beginner', cost: 'free', credential: 'none' }, [
    ['jest-getting-started', 'Jest: getting started', 'https://jestjs.io/docs/getting-started', ['Jest']],
    ['grafana-tutorials', 'Grafana tutorials', 'https://grafana.com/tutorials/', ['Grafana']],
    ['symfony-docs', 'Symfony documentation', 'https://symfony.com/doc/current/index.html', ['Symfony']],
    ['gatsby-tutorial', 'Gatsby tutorial', 'https://www.gatsbyjs.com/docs/tutorial/', ['Gatsby']],
    ['groovy-docs', 'Groovy documentation', 'https://groovy-lang.org/documentation.html', ['Groovy']],
    ['httpd-docs', 'Apache HTTP Server documentation', 'https://httpd.apache.org/docs/2.4/', ['Apache HTTP Server']],
    ['opentelemetry-docs', 'OpenTelemetry documentation', 'https://opentelemetry.io/docs/', ['telemetry', 'logging']],
    ['eclipse-help', 'Eclipse IDE documentation', 'https://help.eclipse.org/', ['Eclipse', 'Eclipse IDE']],
  ]),
  ...group('Cisco Networking Academy', { level: 'beginner', cost: 'free', credential: 'badge' }, [
    ['cisco-netacad', 'Cisco Networking Academy courses', 'https://www.netacad.com/', ['Cisco', 'computer networking']],
  ]),
  ...group('Esri', { level: 'beginner', cost: 'unknown', credential: 'certificate' }, [
    [
      'esri-training',
      'Esri training catalog',
      'https://www.esri.com/training/',
      ['geographic information systems', 'GIS'],
    ],
  ]),
];
