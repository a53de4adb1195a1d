// LOCATED_IN: where victims and organizations are. Confidence `reported` marks a location the
// document implies from a name or context rather than states outright.

// ---- Victims ----
MATCH (a:Entity {id:'us-government-websites'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'they targeted US and South Korean government websites'};

MATCH (a:Entity {id:'south-korean-government-websites'}), (b:Entity {id:'south-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'they targeted US and South Korean government websites'};

MATCH (a:Entity {id:'korean-banks'}), (b:Entity {id:'south-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'The document says Korean, and the same passage places the 2013 attacks in South Korea', quote:'hitting Korean banks, government servers, and media agencies'};

MATCH (a:Entity {id:'korean-government-servers'}), (b:Entity {id:'south-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'The document says Korean, and the same passage places the 2013 attacks in South Korea', quote:'hitting Korean banks, government servers, and media agencies'};

MATCH (a:Entity {id:'korean-media-agencies'}), (b:Entity {id:'south-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'The document says Korean, and the same passage places the 2013 attacks in South Korea', quote:'hitting Korean banks, government servers, and media agencies'};

MATCH (a:Entity {id:'south-korean-financial-system'}), (b:Entity {id:'south-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'the South Korean financial system'};

MATCH (a:Entity {id:'sony-pictures-entertainment'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'A Hollywood studio whose hacking HIR calls tantamount to an attack on US national security', quote:'tantamount to an attack on US national security'};

MATCH (a:Entity {id:'bangladesh-bank'}), (b:Entity {id:'bangladesh'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'Implied by the bank’s name', quote:'from the Bangladesh Bank'};

MATCH (a:Entity {id:'kucoin'}), (b:Entity {id:'seychelles'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'the Seychelles-based KuCoin exchange'};

MATCH (a:Entity {id:'turkish-crypto-exchanges'}), (b:Entity {id:'turkey'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'hacking other cryptocurrency exchange’s, this time in Turkey'};

// ---- Organizations ----
MATCH (a:Entity {id:'south-korea-nis'}), (b:Entity {id:'south-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'the South Korean National Intelligence Service (NIS)'};

MATCH (a:Entity {id:'us-justice-department'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'The United States Justice Department'};

MATCH (a:Entity {id:'us-treasury'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'confirmed', quote:'a US Treasury press release'};

MATCH (a:Entity {id:'us-intelligence-community'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'The US intelligence community'};

MATCH (a:Entity {id:'us-army'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', quote:'The US Army estimates'};

MATCH (a:Entity {id:'obama-administration'}), (b:Entity {id:'united-states'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'The administration that answered an attack on US national security', quote:'tantamount to an attack on US national security'};

MATCH (a:Entity {id:'harbin-institute-of-technology'}), (b:Entity {id:'china'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'Given as an example of the Chinese tertiary institutions that trained North Korean cyber agents', quote:'Chinese tertiary institutions played an influential role in training North Korea’s cyber agents'};

MATCH (a:Entity {id:'kim-il-sung-university'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'top domestic universities, such as Kim Il-sung University'};
