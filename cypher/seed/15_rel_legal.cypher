// Legal action: charges (CHARGED, CHARGED_WITH) and sanctions (SANCTIONED).
// Only one CHARGED edge may join an organization and a person, so an edge for a person charged
// more than once keeps the first date in `date` and every date in `dates`.

// ---- CHARGED: organization -> person ----
MATCH (a:Entity {id:'us-justice-department'}), (b:Entity {id:'park-jin-hyok'})
MERGE (a)-[r:CHARGED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2018','us-doj-charges-2021-02'], confidence:'confirmed', date:'2018', dates:['2018','2021-02'], context:'2018: several cyber attacks including the Sony Pictures hack, the Bangladesh Bank heist and WannaCry. February 2021: theft of US$1.3 billion, with Jon Chang-Hyok and Kim Il.', quote:'The United States Justice Department brought charges against Park Jin-Hyok'};

MATCH (a:Entity {id:'us-justice-department'}), (b:Entity {id:'jon-chang-hyok'})
MERGE (a)-[r:CHARGED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', date:'2021-02', dates:['2021-02'], amountUsd:1300000000, quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

MATCH (a:Entity {id:'us-justice-department'}), (b:Entity {id:'kim-il'})
MERGE (a)-[r:CHARGED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', date:'2021-02', dates:['2021-02'], amountUsd:1300000000, quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

// ---- CHARGED_WITH: person -> incident named in the charges ----
MATCH (a:Entity {id:'park-jin-hyok'}), (b:Entity {id:'sony-pictures-hack-2014'})
MERGE (a)-[r:CHARGED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2018'], confidence:'confirmed', date:'2018', by:'United States Justice Department', quote:'including the 2014 Sony Pictures hack'};

MATCH (a:Entity {id:'park-jin-hyok'}), (b:Entity {id:'bangladesh-bank-heist-2016'})
MERGE (a)-[r:CHARGED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2018'], confidence:'confirmed', date:'2018', by:'United States Justice Department', quote:'the 2016 Bangladesh Bank Heist'};

MATCH (a:Entity {id:'park-jin-hyok'}), (b:Entity {id:'wannacry-attack-2017'})
MERGE (a)-[r:CHARGED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2018'], confidence:'confirmed', date:'2018', by:'United States Justice Department', quote:'and the 2017 WannaCry attack'};

MATCH (a:Entity {id:'park-jin-hyok'}), (b:Entity {id:'thefts-charged-2021'})
MERGE (a)-[r:CHARGED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', date:'2021-02', amountUsd:1300000000, by:'United States Justice Department', quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

MATCH (a:Entity {id:'jon-chang-hyok'}), (b:Entity {id:'thefts-charged-2021'})
MERGE (a)-[r:CHARGED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', date:'2021-02', amountUsd:1300000000, by:'United States Justice Department', quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

MATCH (a:Entity {id:'kim-il'}), (b:Entity {id:'thefts-charged-2021'})
MERGE (a)-[r:CHARGED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', date:'2021-02', amountUsd:1300000000, by:'United States Justice Department', quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

// ---- SANCTIONED ----
MATCH (a:Entity {id:'united-nations'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:SANCTIONED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'Due to the United Nations, US and European Union sanctions'};

MATCH (a:Entity {id:'united-states'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:SANCTIONED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'Due to the United Nations, US and European Union sanctions'};

MATCH (a:Entity {id:'european-union'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:SANCTIONED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'Due to the United Nations, US and European Union sanctions'};

MATCH (a:Entity {id:'obama-administration'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:SANCTIONED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', context:'Additional sanctions on certain North Korean entities after the Sony Pictures hack, none directly associated with the attack', quote:'technically imposed additional sanctions on certain North Korean entities'};

MATCH (a:Entity {id:'us-treasury'}), (b:Entity {id:'tian-yinyin'})
MERGE (a)-[r:SANCTIONED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'reported', context:'Named in a US Treasury press release. The document says they are now on the sanctions list without naming whose.', quote:'These two individuals are now on the sanctions list.'};

MATCH (a:Entity {id:'us-treasury'}), (b:Entity {id:'li-jiadong'})
MERGE (a)-[r:SANCTIONED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'reported', context:'Named in a US Treasury press release. The document says they are now on the sanctions list without naming whose.', quote:'These two individuals are now on the sanctions list.'};
