// Organizations: state bodies, agencies, companies, institutions and programmes that act in the documents.

// ---- North Korea ----
MERGE (n:Entity:Organization {id:'dprk-regime'}) SET n += {
  name:'North Korean regime',
  aliases:['DPRK regime'],
  summary:'Kim Jong Un’s government, which Pyongyang Papers says turned to state-sponsored cyber crime as sanctions and the pandemic cut its smuggling revenue. Stolen and laundered funds are meant to reach it.',
  sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'dprk-nuclear-missile-programme'}) SET n += {
  name:'North Korean nuclear and ballistic missile programme',
  aliases:['weapons of mass destruction and ballistic missile program'],
  summary:'The DPRK’s prohibited weapons programme, which both documents name as what the proceeds of its cyber crime finance.',
  sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'kim-il-sung-university'}) SET n += {
  name:'Kim Il-sung University',
  aliases:[],
  summary:'Top North Korean domestic university and a common destination for mathematically talented students, before the most promising were reportedly sent to China.',
  sources:['hir-cybercrime-syndicate']
};

// ---- International bodies ----
MERGE (n:Entity:Organization {id:'united-nations'}) SET n += {
  name:'United Nations',
  aliases:['UN'],
  summary:'Imposes sanctions on the DPRK. Its Panel of Experts reports on North Korea’s illicit revenue and its cyber crime.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Organization {id:'un-panel-of-experts'}) SET n += {
  name:'United Nations Panel of Experts',
  aliases:['Panel of Experts'],
  summary:'UN panel whose August 2019 report put DPRK illicit gains at nearly US$2 billion and whose March 2021 report tied DPRK cyber crime to its weapons programmes.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Organization {id:'european-union'}) SET n += {
  name:'European Union',
  aliases:['EU'],
  summary:'Imposes sanctions on the DPRK, one cause of the fall in its traditional smuggling revenue.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

// ---- United States ----
MERGE (n:Entity:Organization {id:'us-justice-department'}) SET n += {
  name:'United States Justice Department',
  aliases:['US Justice Department','Justice Department'],
  summary:'Charged Park Jin-Hyok in 2018 over the Sony Pictures hack, the Bangladesh Bank heist and WannaCry, and in February 2021 charged Jon Chang-Hyok, Kim Il and Park with the theft of US$1.3 billion.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'us-treasury'}) SET n += {
  name:'US Treasury',
  aliases:[],
  summary:'Named Tian Yinyin and Li Jiadong in a press release, illustrated with an image of the flow of stolen money.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Organization {id:'us-intelligence-community'}) SET n += {
  name:'US intelligence community',
  aliases:[],
  summary:'Alleges that the Lazarus Group serves the North Korean state. Its April 2020 guidance recommended sharing defensive information across sectors and like-minded countries.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'us-army'}) SET n += {
  name:'US Army',
  aliases:[],
  summary:'Estimates that some 6,000 North Korean cyber agents live and work overseas.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'obama-administration'}) SET n += {
  name:'Obama administration',
  aliases:[],
  summary:'In the wake of the Sony Pictures hack, technically imposed additional sanctions on certain North Korean entities, none of them directly associated with the attack.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'nsa'}) SET n += {
  name:'NSA',
  aliases:[],
  summary:'Credited by HIR with first developing the Microsoft operating-system vulnerabilities that the Lazarus Group exploited in the WannaCry attack.',
  sources:['hir-cybercrime-syndicate']
};

// ---- South Korea ----
MERGE (n:Entity:Organization {id:'south-korea-nis'}) SET n += {
  name:'National Intelligence Service (South Korea)',
  aliases:['NIS','South Korean National Intelligence Service'],
  summary:'South Korean intelligence service that reported North Korean attempts on vaccine IP and maintains they were unsuccessful.',
  sources:['hir-cybercrime-syndicate']
};

// ---- China ----
MERGE (n:Entity:Organization {id:'harbin-institute-of-technology'}) SET n += {
  name:'Harbin Institute of Technology',
  aliases:[],
  summary:'Prestigious Chinese institution where, another report shows, a contingent of North Korean students studied.',
  sources:['hir-cybercrime-syndicate']
};

// ---- Companies, publishers and systems ----
MERGE (n:Entity:Organization {id:'kaspersky'}) SET n += {
  name:'Kaspersky',
  aliases:[],
  summary:'Leading cybersecurity firm that, after the Bangladesh Bank heist, called the Lazarus Group one of the most successful at large-scale operations against the financial industry.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'microsoft'}) SET n += {
  name:'Microsoft',
  aliases:[],
  summary:'Claimed that the North Korean vaccine IP effort hit at least nine pharmaceutical companies in collaboration with Russia. Vulnerabilities in its operating system were exploited in WannaCry.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'csis'}) SET n += {
  name:'Center for Strategic and International Studies',
  aliases:['CSIS'],
  summary:'Its 2015 paper called for international norms and laws that recognise cybercrime and deter it.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'the-diplomat'}) SET n += {
  name:'The Diplomat',
  aliases:[],
  summary:'Publication that reported in December 2021 on North Korea’s use of OTC brokers to cash out stolen cryptocurrency.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Organization {id:'swift'}) SET n += {
  name:'SWIFT system',
  aliases:['SWIFT'],
  summary:'Its checks, with sharp-eyed bankers, blocked the majority of the funds in the February 2016 Bangladesh Bank heist.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Organization {id:'manila-casino-industry'}) SET n += {
  name:'Manila casino industry',
  aliases:[],
  summary:'Destination into which hackers routed almost US$1 billion from the Bangladesh Bank in February 2016.',
  sources:['hir-cybercrime-syndicate']
};
