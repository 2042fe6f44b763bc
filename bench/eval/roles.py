"""The role families of Jobdeck's evaluation set: for each role, the skills a job description asks
for (each with the spellings people use, so aliases matter) and the duties it lists. Written for the
project; generate_eval_set.py assembles resumes and job descriptions from it."""

# role -> (family, skills: list of spelling lists, duties)
ROLES = {
    "backend": ("engineering", [
        ["Python", "Python 3", "python3"], ["Django", "Django"], ["PostgreSQL", "Postgres", "psql"],
        ["REST APIs", "RESTful services", "REST"], ["Redis"], ["Docker", "containers"], ["Kubernetes", "k8s"],
        ["AWS", "Amazon Web Services"], ["Celery"], ["microservices"], ["SQL"], ["unit testing", "pytest"],
    ], ["design and build backend services", "own the API layer and its performance", "model data and write migrations",
        "review pull requests", "improve reliability of the payment service", "profile slow queries"]),
    "frontend": ("engineering", [
        ["JavaScript", "JS", "ES6"], ["TypeScript", "TS"], ["React", "React.js", "ReactJS"], ["CSS", "CSS3"], ["HTML5", "HTML"],
        ["Redux"], ["Jest"], ["Cypress"], ["accessibility", "WCAG", "a11y"], ["Webpack"], ["Next.js", "NextJS"], ["Figma"],
    ], ["build responsive web interfaces", "turn designs into accessible components", "own the component library",
        "improve page load performance", "write end-to-end tests", "work with designers on interactions"]),
    "cpp": ("engineering", [
        ["C++", "C++17", "modern C++"], ["Linux"], ["multithreading", "concurrency"], ["STL"], ["Boost"], ["CMake"],
        ["TCP/IP", "networking"], ["low latency", "low-latency"], ["CI/CD", "continuous integration"], ["Git"],
        ["embedded systems", "firmware"], ["Python"],
    ], ["write low-latency C++ components", "optimise hot paths and memory use", "debug race conditions",
        "own the build system", "write market data handlers", "profile and tune the trading engine"]),
    "devops": ("engineering", [
        ["Kubernetes", "k8s"], ["Terraform", "infrastructure as code"], ["AWS", "Amazon Web Services"], ["Docker"],
        ["CI/CD", "CI/CD pipelines"], ["Prometheus"], ["Grafana"], ["Linux"], ["Ansible"], ["Helm"], ["Bash", "shell scripting"],
        ["observability", "monitoring"], ["Go", "Golang"],
    ], ["run the production clusters", "automate infrastructure provisioning", "own the on-call rotation",
        "build deployment pipelines", "reduce cloud costs", "improve incident response"]),
    "data_science": ("data", [
        ["machine learning", "ML"], ["Python"], ["scikit-learn", "sklearn"], ["pandas"], ["statistics", "statistical modeling"],
        ["A/B testing", "experimentation"], ["SQL"], ["deep learning", "neural networks"], ["PyTorch"], ["NLP", "natural language processing"],
        ["NumPy"], ["feature engineering"],
    ], ["build predictive models", "design and analyse experiments", "present findings to product leaders",
        "ship models to production", "explore user behaviour data", "define success metrics"]),
    "data_engineering": ("data", [
        ["Spark", "PySpark", "Apache Spark"], ["Airflow", "Apache Airflow"], ["SQL"], ["ETL", "data pipelines"], ["Kafka"],
        ["dbt"], ["Snowflake"], ["BigQuery"], ["Python"], ["data modeling", "data modelling"], ["data warehouse", "data warehousing"],
        ["AWS"],
    ], ["build batch and streaming pipelines", "own the data warehouse", "model data for analysts",
        "improve data quality checks", "migrate jobs to Airflow", "tune Spark jobs"]),
    "analyst": ("data", [
        ["SQL"], ["Tableau"], ["Excel", "spreadsheets"], ["Power BI", "PowerBI"], ["data visualization", "dashboards"],
        ["statistics"], ["Looker"], ["A/B testing"], ["Python"], ["data analysis", "analytics"], ["forecasting"],
    ], ["build dashboards for the business", "answer ad hoc questions with data", "track weekly KPIs",
        "analyse funnel conversion", "report to leadership", "document metric definitions"]),
    "product_design": ("design", [
        ["Figma"], ["user research", "UX research"], ["wireframes", "wireframing"], ["prototypes", "prototyping"],
        ["design systems", "design system"], ["usability testing", "user testing"], ["interaction design"], ["UX", "user experience"],
        ["UI design", "visual design"], ["journey mapping", "customer journey"], ["accessibility"],
    ], ["lead design of new product features", "run user interviews", "turn research into flows",
        "maintain the design system", "prototype and test ideas", "present work to stakeholders"]),
    "graphic_design": ("design", [
        ["Adobe Illustrator", "Illustrator"], ["Photoshop", "Adobe Photoshop"], ["InDesign"], ["typography"],
        ["branding", "brand identity"], ["motion graphics", "After Effects"], ["print design"], ["layout"], ["Figma"],
        ["illustration"],
    ], ["create campaign visuals", "design print and digital layouts", "keep the brand consistent",
        "produce social media assets", "prepare files for print", "animate short videos"]),
    "account_exec": ("sales", [
        ["Salesforce", "SFDC"], ["B2B sales", "B2B"], ["SaaS"], ["negotiation", "negotiating"], ["closing", "closing deals"],
        ["pipeline management", "sales pipeline"], ["quota", "quota attainment"], ["prospecting", "lead generation"],
        ["enterprise sales"], ["MEDDIC"], ["CRM"], ["forecasting"],
    ], ["own the full sales cycle", "run discovery calls and demos", "build pipeline in new territories",
        "close new enterprise accounts", "forecast accurately each quarter", "negotiate multi-year contracts"]),
    "sdr": ("sales", [
        ["cold calling", "cold calls"], ["prospecting", "lead generation"], ["outreach", "Salesloft"], ["HubSpot"], ["CRM"],
        ["email campaigns"], ["B2B"], ["qualification"], ["LinkedIn Sales Navigator"], ["Salesforce"],
    ], ["book meetings for account executives", "research target accounts", "run outbound sequences",
        "qualify inbound leads", "hit weekly activity goals", "log activity in the CRM"]),
    "customer_success": ("sales", [
        ["customer success"], ["onboarding"], ["renewals"], ["upselling", "upsell"], ["churn reduction"], ["NPS"],
        ["account management"], ["Gainsight"], ["HubSpot"], ["customer service", "customer support"], ["empathy"],
    ], ["onboard new customers", "own renewals and expansion", "run quarterly business reviews",
        "reduce churn in the mid-market segment", "collect product feedback", "train customer admins"]),
    "recruiter": ("hr", [
        ["recruiting", "talent acquisition", "recruitment"], ["sourcing"], ["interviewing", "structured interviewing"],
        ["applicant tracking systems", "ATS", "Greenhouse"], ["LinkedIn Recruiter"], ["employer branding"],
        ["offer negotiation"], ["onboarding"], ["workforce planning", "headcount planning"], ["diversity and inclusion", "DEI"],
    ], ["run full-cycle hiring for engineering", "source passive candidates", "partner with hiring managers",
        "improve candidate experience", "report hiring metrics", "coordinate interview loops"]),
    "hrbp": ("hr", [
        ["employee relations"], ["performance management", "performance reviews"], ["HRIS", "Workday"],
        ["employment law", "labor law"], ["compensation", "total rewards"], ["organizational development", "org design"],
        ["employee engagement"], ["coaching"], ["HR business partner", "HRBP"], ["talent management", "succession planning"],
        ["payroll"],
    ], ["advise leaders on people matters", "handle employee relations cases", "run the performance cycle",
        "support reorganisations", "analyse engagement survey results", "keep policies compliant"]),
    "fpa": ("finance", [
        ["FP&A", "financial planning and analysis"], ["financial modeling", "financial modelling"], ["budgeting", "budgets"],
        ["forecasting"], ["variance analysis"], ["Excel", "Microsoft Excel"], ["SAP"], ["Power BI"], ["KPIs"],
        ["CFA"], ["valuation", "DCF"],
    ], ["own the annual budget", "build the three-statement model", "explain monthly variances",
        "partner with department heads on spend", "prepare board reporting", "model pricing scenarios"]),
    "accountant": ("finance", [
        ["accounting", "bookkeeping"], ["GAAP", "US GAAP"], ["IFRS"], ["reconciliation", "account reconciliations"],
        ["month-end close", "month end close"], ["general ledger", "GL"], ["accounts payable"], ["accounts receivable"],
        ["audit", "external audit"], ["tax", "tax compliance"], ["CPA"], ["QuickBooks", "NetSuite"],
    ], ["run the month-end close", "reconcile balance sheet accounts", "prepare audit schedules",
        "process vendor invoices", "file sales tax returns", "maintain the general ledger"]),
    "counsel": ("legal", [
        ["contract drafting", "drafting contracts"], ["contract negotiation", "negotiating contracts"],
        ["commercial contracts", "MSAs", "NDAs"], ["GDPR", "data protection"], ["intellectual property", "IP"],
        ["litigation"], ["compliance", "regulatory compliance"], ["corporate law", "M&A"], ["bar admission", "admitted to the bar"],
        ["legal research"],
    ], ["draft and negotiate commercial agreements", "advise the business on legal risk", "manage outside counsel",
        "run the privacy programme", "support financing rounds", "handle disputes"]),
    "paralegal": ("legal", [
        ["paralegal"], ["legal research", "Westlaw", "LexisNexis"], ["e-discovery", "eDiscovery"], ["document review"],
        ["litigation"], ["case management"], ["legal writing"], ["court filings"], ["contracts"], ["Microsoft Office"],
    ], ["prepare court filings", "manage discovery documents", "maintain case files",
        "research case law", "draft routine correspondence", "schedule depositions"]),
    "supply_chain": ("operations", [
        ["supply chain", "supply chain management"], ["logistics"], ["procurement", "purchasing"], ["inventory management", "inventory"],
        ["demand planning", "S&OP"], ["vendor management", "supplier management"], ["ERP", "SAP"], ["Lean", "lean manufacturing"],
        ["Six Sigma", "Lean Six Sigma"], ["KPIs"], ["warehouse management", "WMS"],
    ], ["plan inventory across warehouses", "negotiate with suppliers", "run the S&OP meeting",
        "reduce freight costs", "improve on-time delivery", "implement a new WMS"]),
    "ops_manager": ("operations", [
        ["operations management", "operations manager"], ["process improvement", "continuous improvement"], ["KPIs", "metrics"],
        ["budgeting"], ["Lean"], ["health and safety", "OSHA"], ["facilities", "facilities management"], ["vendor management"],
        ["scheduling"], ["leadership", "people management"], ["customer service"],
    ], ["run daily operations of the site", "lead a team of shift supervisors", "improve throughput and quality",
        "own the operations budget", "keep the site safe and compliant", "report weekly metrics"]),
    "marketing": ("marketing", [
        ["SEO", "search engine optimization"], ["content marketing", "content strategy"], ["Google Analytics", "GA4"],
        ["email marketing"], ["social media", "social media marketing"], ["SEM", "PPC", "paid search"], ["copywriting"],
        ["marketing automation", "Marketo"], ["HubSpot"], ["A/B testing"], ["brand management"],
    ], ["grow organic traffic", "plan the content calendar", "run paid campaigns",
        "report on funnel metrics", "write landing pages", "launch email nurture programmes"]),
}

TITLES = {
    "backend": ["Backend Engineer", "Python Developer", "Senior Software Engineer, Backend"],
    "frontend": ["Frontend Engineer", "React Developer", "UI Engineer"],
    "cpp": ["C++ Engineer", "Senior C++ Developer", "Low-Latency Software Engineer"],
    "devops": ["DevOps Engineer", "Site Reliability Engineer", "Platform Engineer"],
    "data_science": ["Data Scientist", "Machine Learning Scientist", "Senior Data Scientist"],
    "data_engineering": ["Data Engineer", "Analytics Engineer", "Big Data Engineer"],
    "analyst": ["Data Analyst", "Business Intelligence Analyst", "Reporting Analyst"],
    "product_design": ["Product Designer", "UX Designer", "Senior Product Designer"],
    "graphic_design": ["Graphic Designer", "Brand Designer", "Visual Designer"],
    "account_exec": ["Account Executive", "Enterprise Account Executive", "Sales Executive"],
    "sdr": ["Sales Development Representative", "Business Development Representative", "SDR"],
    "customer_success": ["Customer Success Manager", "Account Manager", "Client Success Lead"],
    "recruiter": ["Technical Recruiter", "Talent Acquisition Partner", "Recruiter"],
    "hrbp": ["HR Business Partner", "People Partner", "HR Manager"],
    "fpa": ["FP&A Analyst", "Financial Analyst", "Senior Finance Manager"],
    "accountant": ["Staff Accountant", "Senior Accountant", "Accounting Manager"],
    "counsel": ["Corporate Counsel", "Commercial Lawyer", "Legal Counsel"],
    "paralegal": ["Paralegal", "Litigation Paralegal", "Legal Assistant"],
    "supply_chain": ["Supply Chain Planner", "Procurement Manager", "Logistics Coordinator"],
    "ops_manager": ["Operations Manager", "Site Manager", "Operations Lead"],
    "marketing": ["Marketing Manager", "SEO Specialist", "Content Marketing Manager"],
}

# What employers say about themselves and what they offer: the same in many ads, whatever the role.
BOILERPLATE = [
    "We build data-driven software that helps sales, finance, HR and operations teams design better "
    "processes. Our platform serves customers in retail, healthcare and logistics.",
    "Our product team, engineers, designers, analysts and marketers work closely with customers to "
    "build, test and improve everything we ship.",
    "You will work with stakeholders across the business, report to the head of the department and "
    "help us grow from 200 to 500 people.",
    "About us: we are a fast-growing company on a mission to make work simpler for millions of people. "
    "We value ownership, curiosity and kindness, and we ship every week.",
    "Who we are: a profitable, remote-first business with offices in Berlin, Lisbon and Toronto. "
    "Our customers include some of the largest brands in the world.",
    "Join a team that cares about impact. We are backed by leading investors and growing quickly across "
    "Europe and North America.",
    "We are an equal opportunity employer and value diversity. We do not discriminate on the basis of race, "
    "religion, colour, national origin, gender, sexual orientation, age, marital status or disability.",
    "Our company builds software for hospitals, schools and local governments. We are proud of our culture "
    "of trust, learning and flexible work.",
]
BENEFITS = [
    "What we offer: competitive salary, equity, 30 days of holiday, a learning budget, private health insurance "
    "and a flexible hybrid working model.",
    "Benefits: pension plan, gym membership, parental leave, home office budget and regular team offsites.",
    "Perks: free lunch, bike leasing, wellbeing allowance, conference budget and a four-day week in summer.",
]
HEADLINES = [
    "Experienced professional who enjoys building things with great teams.",
    "Results-driven team player with a track record of delivering projects on time.",
    "Curious, organised and customer-focused; I like to improve processes and help people grow.",
]
RESUME_FILLER = [
    "Led a team of five and reported results to senior management.",
    "Improved processes, reduced costs and worked with customers and stakeholders across the business.",
    "Managed projects from planning to delivery, using data to make decisions.",
    "Hard-working professional with excellent communication skills and a passion for learning.",
    "References available upon request.",
    "Interests: running, cooking, travel and photography.",
    "Languages: English (fluent), Spanish (intermediate).",
    "Education: Bachelor's degree, State University.",
    "Volunteer: mentor at a local coding club and food bank helper.",
]
