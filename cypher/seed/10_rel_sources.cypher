// Provenance: which document cites which report (CITED_BY), who issued each report (PUBLISHED)
// and which entities a report is about (CONCERNS). Confidence here rates that the report exists
// and says this, not the truth of what it says.

// ---- CITED_BY: cited report -> citing document ----
MATCH (a:Entity {id:'un-poe-report-2019-08'}), (b:Entity {id:'pyongyang-papers-dprk-cybercrime'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'The August 2019 Panel of Expert Report states that nearly $2 billion was gained by DPRK'};

MATCH (a:Entity {id:'un-poe-report-2021-03'}), (b:Entity {id:'pyongyang-papers-dprk-cybercrime'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'The United Nations Panel of Experts report from March 2021 stated'};

MATCH (a:Entity {id:'us-treasury-press-release-tian-li'}), (b:Entity {id:'pyongyang-papers-dprk-cybercrime'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'Both were named in a US Treasury press release'};

MATCH (a:Entity {id:'the-diplomat-otc-brokers-2021-12'}), (b:Entity {id:'pyongyang-papers-dprk-cybercrime'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'As reported in the diplomat, in December 2021'};

MATCH (a:Entity {id:'us-doj-charges-2018'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'The United States Justice Department brought charges against Park Jin-Hyok'};

MATCH (a:Entity {id:'us-doj-charges-2021-02'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'in February of 2021, the Justice Department built on the investigation'};

MATCH (a:Entity {id:'csis-paper-2015'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'As the Center for Strategic and International Studies pointed out in a 2015 paper'};

MATCH (a:Entity {id:'us-ic-guidance-2020-04'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'An April 2020 guidance from the US intelligence community recommended a collaborative approach'};

MATCH (a:Entity {id:'us-army-cyber-agents-estimate'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'The US Army estimates some 6,000 North Korean cyber agents are living and working from overseas locations'};

MATCH (a:Entity {id:'kaspersky-lazarus-assessment'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'leading cybersecurity firm Kaspersky called the Lazarus Group'};

MATCH (a:Entity {id:'microsoft-vaccine-claim'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'Separately, Microsoft claimed that the effort hit at least nine pharmaceutical companies'};

MATCH (a:Entity {id:'nis-vaccine-report'}), (b:Entity {id:'hir-cybercrime-syndicate'})
MERGE (a)-[r:CITED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'the South Korean National Intelligence Service (NIS) reported attempts on vaccine IP'};

// ---- PUBLISHED: issuing organization -> cited report ----
MATCH (a:Entity {id:'un-panel-of-experts'}), (b:Entity {id:'un-poe-report-2019-08'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', date:'2019-08'};

MATCH (a:Entity {id:'un-panel-of-experts'}), (b:Entity {id:'un-poe-report-2021-03'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', date:'2021-03'};

MATCH (a:Entity {id:'us-treasury'}), (b:Entity {id:'us-treasury-press-release-tian-li'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed'};

MATCH (a:Entity {id:'the-diplomat'}), (b:Entity {id:'the-diplomat-otc-brokers-2021-12'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', date:'2021-12'};

MATCH (a:Entity {id:'us-justice-department'}), (b:Entity {id:'us-doj-charges-2018'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', date:'2018'};

MATCH (a:Entity {id:'us-justice-department'}), (b:Entity {id:'us-doj-charges-2021-02'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', date:'2021-02'};

MATCH (a:Entity {id:'csis'}), (b:Entity {id:'csis-paper-2015'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', date:'2015'};

MATCH (a:Entity {id:'us-intelligence-community'}), (b:Entity {id:'us-ic-guidance-2020-04'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', date:'2020-04'};

MATCH (a:Entity {id:'us-army'}), (b:Entity {id:'us-army-cyber-agents-estimate'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed'};

MATCH (a:Entity {id:'kaspersky'}), (b:Entity {id:'kaspersky-lazarus-assessment'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed'};

MATCH (a:Entity {id:'microsoft'}), (b:Entity {id:'microsoft-vaccine-claim'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed'};

MATCH (a:Entity {id:'south-korea-nis'}), (b:Entity {id:'nis-vaccine-report'})
MERGE (a)-[r:PUBLISHED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed'};

// ---- CONCERNS: cited report -> entity it is about ----
MATCH (a:Entity {id:'un-poe-report-2019-08'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','un-poe-report-2019-08'], confidence:'confirmed', amountUsd:2000000000, cryptocurrencyTheftUsd:541000000, amountNote:'nearly US$2 billion from illegal activities, US$541 million of it from cryptocurrency theft', quote:'nearly $2 billion was gained by DPRK through illegal activities with $541 million attributed to cryptocurrency theft alone'};

MATCH (a:Entity {id:'un-poe-report-2021-03'}), (b:Entity {id:'dprk-nuclear-missile-programme'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','un-poe-report-2021-03'], confidence:'confirmed', quote:'supports the countries weapons of mass destruction and ballistic missile program'};

MATCH (a:Entity {id:'us-treasury-press-release-tian-li'}), (b:Entity {id:'tian-yinyin'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'confirmed', quote:'Both were named in a US Treasury press release'};

MATCH (a:Entity {id:'us-treasury-press-release-tian-li'}), (b:Entity {id:'li-jiadong'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'confirmed', quote:'Both were named in a US Treasury press release'};

MATCH (a:Entity {id:'the-diplomat-otc-brokers-2021-12'}), (b:Entity {id:'otc-brokers'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','the-diplomat-otc-brokers-2021-12'], confidence:'confirmed', quote:'North Korea will often use over the counter (OTC) brokers'};

MATCH (a:Entity {id:'us-doj-charges-2018'}), (b:Entity {id:'park-jin-hyok'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2018'], confidence:'confirmed', quote:'brought charges against Park Jin-Hyok, a suspected Lazarus Group operative'};

MATCH (a:Entity {id:'us-doj-charges-2021-02'}), (b:Entity {id:'park-jin-hyok'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

MATCH (a:Entity {id:'us-doj-charges-2021-02'}), (b:Entity {id:'jon-chang-hyok'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

MATCH (a:Entity {id:'us-doj-charges-2021-02'}), (b:Entity {id:'kim-il'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2021-02'], confidence:'confirmed', quote:'charging Jon Chang-Hyok, Kim Il, and Park with the theft of US$1.3 billion'};

MATCH (a:Entity {id:'us-army-cyber-agents-estimate'}), (b:Entity {id:'dprk-overseas-cyber-agents'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-army-cyber-agents-estimate'], confidence:'confirmed', agents:6000, quote:'The US Army estimates some 6,000 North Korean cyber agents'};

MATCH (a:Entity {id:'kaspersky-lazarus-assessment'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','kaspersky-lazarus-assessment'], confidence:'confirmed', quote:'Kaspersky called the Lazarus Group'};

MATCH (a:Entity {id:'microsoft-vaccine-claim'}), (b:Entity {id:'vaccine-ip-attempts'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','microsoft-vaccine-claim'], confidence:'confirmed', quote:'Microsoft claimed that the effort hit at least nine pharmaceutical companies'};

MATCH (a:Entity {id:'nis-vaccine-report'}), (b:Entity {id:'vaccine-ip-attempts'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','nis-vaccine-report'], confidence:'confirmed', quote:'reported attempts on vaccine IP by North Korean hackers'};
