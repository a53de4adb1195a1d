// Who the actors are: membership, sponsorship, leadership, training, where they operate,
// who works with them, who assesses them and what their money funds.

// ---- MEMBER_OF / PART_OF ----
MATCH (a:Entity {id:'park-jin-hyok'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-doj-charges-2018'], confidence:'suspected', quote:'Park Jin-Hyok, a suspected Lazarus Group operative'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'dprk-cyber-actors'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime'], confidence:'reported', context:'HIR says it is unclear whether the Lazarus Group is the sole overarching entity', quote:'they are a collective of North Korean cybercriminals'};

MATCH (a:Entity {id:'dprk-overseas-cyber-agents'}), (b:Entity {id:'dprk-cyber-actors'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'its agents are now spread across the globe'};

MATCH (a:Entity {id:'un-panel-of-experts'}), (b:Entity {id:'united-nations'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'The United Nations Panel of Experts report from March 2021'};

MATCH (a:Entity {id:'dprk-regime'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'a reduction in cash for the North Korean regime'};

MATCH (a:Entity {id:'dprk-nuclear-missile-programme'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate'], confidence:'confirmed', quote:'their prohibited nuclear and ballistic missile program'};

// ---- SPONSORED_BY / LEADS ----
MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'dprk-regime'})
MERGE (a)-[r:SPONSORED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'suspected', from:'2009', quote:'The Lazarus group is believed to be a North Korean state sponsored hacking organization'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:SPONSORED_BY]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'alleged', context:'Allegation of the US intelligence community', quote:'The US intelligence community alleges that they serve the North Korean state'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'dprk-regime'})
MERGE (a)-[r:SPONSORED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','un-poe-report-2021-03'], confidence:'reported', quote:'This time, the method they have chosen is state sponsored cyber crime.'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'kim-jong-un'})
MERGE (a)-[r:SPONSORED_BY]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', quote:'Kim Jong Un’s money-making scheme and the criminals behind it'};

MATCH (a:Entity {id:'kim-jong-un'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:LEADS]->(b)
SET r += {sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'the North Korean leader Kim Jong-Un'};

// ---- TRAINED_IN / OPERATES_IN ----
MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'china'})
MERGE (a)-[r:TRAINED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime'], confidence:'reported', city:'Shenyang', context:'HIR: the most promising students were reportedly sent to Shenyang. Pyongyang Papers: it is thought actors go there for special training.', quote:'the most promising students were reportedly sent to Shenyang, China'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'harbin-institute-of-technology'})
MERGE (a)-[r:TRAINED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'a contingent of North Korean students studying at the prestigious Harbin Institute of Technology'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'kim-il-sung-university'})
MERGE (a)-[r:TRAINED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'suspected', context:'A common destination for mathematically talented students before the most promising went to China', quote:'top domestic universities, such as Kim Il-sung University'};

MATCH (a:Entity {id:'dprk-overseas-cyber-agents'}), (b:Entity {id:'india'})
MERGE (a)-[r:OPERATES_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-army-cyber-agents-estimate'], confidence:'reported', quote:'including places as diverse as India, Kenya, and New Zealand'};

MATCH (a:Entity {id:'dprk-overseas-cyber-agents'}), (b:Entity {id:'kenya'})
MERGE (a)-[r:OPERATES_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-army-cyber-agents-estimate'], confidence:'reported', quote:'including places as diverse as India, Kenya, and New Zealand'};

MATCH (a:Entity {id:'dprk-overseas-cyber-agents'}), (b:Entity {id:'new-zealand'})
MERGE (a)-[r:OPERATES_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate','us-army-cyber-agents-estimate'], confidence:'reported', quote:'including places as diverse as India, Kenya, and New Zealand'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'china'})
MERGE (a)-[r:OPERATES_IN]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'suspected', context:'One of two explanations Pyongyang Papers offers: actors based on the DPRK/China border', quote:'cyber actors based on the DPRK/China border using Chinese internet access'};

// ---- COLLABORATED_WITH / LINKED_TO ----
MATCH (a:Entity {id:'china'}), (b:Entity {id:'dprk-cyber-actors'})
MERGE (a)-[r:COLLABORATED_WITH]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'suspected', context:'Chinese Government awareness and complicity', quote:'highly likely that Chinese Government are aware and therefore complicit'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'russia'})
MERGE (a)-[r:COLLABORATED_WITH]->(b)
SET r += {sources:['hir-cybercrime-syndicate','microsoft-vaccine-claim'], confidence:'reported', context:'The vaccine IP effort, according to Microsoft', quote:'had been a collaboration with Russia'};

MATCH (a:Entity {id:'china'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:LINKED_TO]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate'], confidence:'reported', context:'Close ties, and publicly maintained student exchange programmes (HIR)', quote:'China keeps close ties with the DPRK to leverage their global economic stance'};

// ---- ASSESSED ----
MATCH (a:Entity {id:'kaspersky'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ASSESSED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','kaspersky-lazarus-assessment'], confidence:'reported', context:'After the Bangladesh Bank heist', quote:'one of the most successful in launching large scale operations against the financial industry'};

MATCH (a:Entity {id:'us-intelligence-community'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ASSESSED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'alleged', context:'Serving the North Korean state, mostly through espionage and hacking financial institutions', quote:'alleges that they serve the North Korean state'};

// ---- FUNDS ----
MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'dprk-nuclear-missile-programme'})
MERGE (a)-[r:FUNDS]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','un-poe-report-2021-03'], confidence:'reported', quote:'both directly and indirectly supports the countries weapons of mass destruction and ballistic missile program'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'dprk-nuclear-missile-programme'})
MERGE (a)-[r:FUNDS]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'alleged', quote:'the much-needed money to fund the heavily sanctioned nation and its nuclear program'};
