// Incidents: who conducted them, whom they targeted, the malware used, who attributed,
// reported, blocked or responded to them.

// ---- CONDUCTED: actor (or the state itself) -> incident ----
MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'government-websites-attacks-2009'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2009', quote:'The earliest attacks attributable to the Lazarus Group occurred in 2009'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'korea-banks-government-media-attacks-2010-2013'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', from:'2010', to:'2013', quote:'They struck again in 2010, 2011, and 2013'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'south-korea-wiper-attack-2013'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2013', quote:'capable of wiping tens of thousands of computers in high-tech South Korea'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'sony-pictures-hack-2014'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2014', quote:'the Guardians of Peace (now the Lazarus Group) stole huge swathes of data'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'bank-hacking-attempts-18-countries'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'Banks in at least 18 countries suffered hacking attempts'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'bangladesh-bank-heist-2016'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2016-02', quote:'DPRK hackers pulled off the largest cyber bank heist to date'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'wannacry-attack-2017'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2017', quote:'It would only take another year for the Lazarus Group to pull off another daring, record-setting cyberattack.'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'crypto-exchange-hack-2018'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2018-04', amountUsd:250000000, quote:'In April 2018, the group hacked a cryptocurrency exchange and stole almost US$250 million.'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'kucoin-theft-2020'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'suspected', date:'2020-09', context:'Listed among the Lazarus Group’s cryptocurrency efforts, but the sentence itself names no perpetrator', quote:'Since the WannaCry attack, the Lazarus Group has concentrated efforts on cryptocurrency.'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'axie-infinity-hack'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', amountUsd:600000000, quote:'including the recent attack on the computer game Axie Infinity'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'vaccine-ip-attempts'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'suspected', context:'HIR says the group preys on vaccine IP but that it may be some time before the perpetrators are identified', quote:'They prey on user data, cryptocurrency, and vaccine intellectual property.'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'vaccine-ip-attempts'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','nis-vaccine-report'], confidence:'reported', quote:'reported attempts on vaccine IP by North Korean hackers'};

MATCH (a:Entity {id:'dprk-cyber-actors'}), (b:Entity {id:'turkish-exchange-account-takeovers'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'alleged', context:'A tip Pyongyang Papers was still looking into', quote:'APT cyber actors are now hacking other cryptocurrency exchange’s, this time in Turkey'};

MATCH (a:Entity {id:'north-korea'}), (b:Entity {id:'monero-mining-increase-2019'})
MERGE (a)-[r:CONDUCTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2019-05', quote:'North Korea increased their mining of the anonymity-focused Monero coin by at least ten fold'};

// ---- TARGETED: incident -> victim ----
MATCH (a:Entity {id:'government-websites-attacks-2009'}), (b:Entity {id:'us-government-websites'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2009', quote:'they targeted US and South Korean government websites'};

MATCH (a:Entity {id:'government-websites-attacks-2009'}), (b:Entity {id:'south-korean-government-websites'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2009', quote:'they targeted US and South Korean government websites'};

MATCH (a:Entity {id:'korea-banks-government-media-attacks-2010-2013'}), (b:Entity {id:'korean-banks'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'hitting Korean banks, government servers, and media agencies'};

MATCH (a:Entity {id:'korea-banks-government-media-attacks-2010-2013'}), (b:Entity {id:'korean-government-servers'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'hitting Korean banks, government servers, and media agencies'};

MATCH (a:Entity {id:'korea-banks-government-media-attacks-2010-2013'}), (b:Entity {id:'korean-media-agencies'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'hitting Korean banks, government servers, and media agencies'};

MATCH (a:Entity {id:'south-korea-wiper-attack-2013'}), (b:Entity {id:'south-korean-financial-system'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2013', quote:'the South Korean financial system fell victim to a mysterious “WhoIs Team.”'};

MATCH (a:Entity {id:'sony-pictures-hack-2014'}), (b:Entity {id:'sony-pictures-entertainment'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2014', serversDestroyedPercent:75, quote:'leaked sensitive documents, and destroyed 75 percent of internal servers'};

MATCH (a:Entity {id:'sony-pictures-hack-2014'}), (b:Entity {id:'the-interview'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'The hack came a month before the premiere, and all theatrical releases were cancelled', quote:'cancelling all theatrical releases of the film'};

MATCH (a:Entity {id:'bank-hacking-attempts-18-countries'}), (b:Entity {id:'banks-in-18-countries'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'Banks in at least 18 countries suffered hacking attempts'};

MATCH (a:Entity {id:'bangladesh-bank-heist-2016'}), (b:Entity {id:'bangladesh-bank'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2016-02', amountUsd:1000000000, amountNote:'almost US$1 billion routed', quote:'hackers routed almost US$1 billion from the Bangladesh Bank'};

MATCH (a:Entity {id:'crypto-exchange-hack-2018'}), (b:Entity {id:'crypto-exchange-2018'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2018-04', amountUsd:250000000, quote:'the group hacked a cryptocurrency exchange and stole almost US$250 million'};

MATCH (a:Entity {id:'kucoin-theft-2020'}), (b:Entity {id:'kucoin'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2020-09', amountUsd:281000000, quote:'the theft of US$281 million worth of cryptocurrency from the Seychelles-based KuCoin exchange'};

MATCH (a:Entity {id:'axie-infinity-hack'}), (b:Entity {id:'axie-infinity'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', amountUsd:600000000, quote:'The attackers stole more than $600 million before being discovered'};

MATCH (a:Entity {id:'vaccine-ip-attempts'}), (b:Entity {id:'astrazeneca'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'suspected', quote:'Unconfirmed sources suggest vaccine leaders AstraZeneca and Pfizer were targets'};

MATCH (a:Entity {id:'vaccine-ip-attempts'}), (b:Entity {id:'pfizer'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'suspected', quote:'Unconfirmed sources suggest vaccine leaders AstraZeneca and Pfizer were targets'};

MATCH (a:Entity {id:'vaccine-ip-attempts'}), (b:Entity {id:'nine-pharmaceutical-companies'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','microsoft-vaccine-claim'], confidence:'reported', context:'Microsoft’s claim', quote:'the effort hit at least nine pharmaceutical companies'};

MATCH (a:Entity {id:'turkish-exchange-account-takeovers'}), (b:Entity {id:'turkish-crypto-exchanges'})
MERGE (a)-[r:TARGETED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'alleged', method:'altering customer information', quote:'this time in Turkey and altering customer information to steal funds for the regime'};

// ---- USED / EXPLOITED / DEVELOPED ----
MATCH (a:Entity {id:'south-korea-wiper-attack-2013'}), (b:Entity {id:'wiper-malware-2013'})
MERGE (a)-[r:USED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'their malware had evolved into a unique and novel blend of homegrown techniques'};

MATCH (a:Entity {id:'wannacry-attack-2017'}), (b:Entity {id:'wannacry'})
MERGE (a)-[r:USED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'holding critical data hostage in exchange for Bitcoin ransom'};

MATCH (a:Entity {id:'wannacry-attack-2017'}), (b:Entity {id:'nsa-microsoft-exploit'})
MERGE (a)-[r:EXPLOITED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'the Lazarus Group capitalised on vulnerabilities in the Microsoft operating system first developed by the NSA'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'wiper-malware-2013'})
MERGE (a)-[r:DEVELOPED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2013', quote:'a unique and novel blend of homegrown techniques'};

MATCH (a:Entity {id:'nsa'}), (b:Entity {id:'nsa-microsoft-exploit'})
MERGE (a)-[r:DEVELOPED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', quote:'vulnerabilities in the Microsoft operating system first developed by the NSA'};

// ---- ATTRIBUTED: incident -> actor, where the document describes an act of attribution ----
MATCH (a:Entity {id:'bangladesh-bank-heist-2016'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ATTRIBUTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', by:'cybersecurity specialists', after:'a full year', quote:'it took cybersecurity specialists a full year to accredit it to the Lazarus Group'};

MATCH (a:Entity {id:'axie-infinity-hack'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ATTRIBUTED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', quote:'The group has been attributed to many large and sophisticated cyber attacks'};

// ---- REPORTED / BLOCKED / RESPONDED_TO: organization -> incident ----
MATCH (a:Entity {id:'south-korea-nis'}), (b:Entity {id:'vaccine-ip-attempts'})
MERGE (a)-[r:REPORTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','nis-vaccine-report'], confidence:'confirmed', outcome:'unsuccessful', quote:'the NIS maintains that attempts were unsuccessful'};

MATCH (a:Entity {id:'microsoft'}), (b:Entity {id:'vaccine-ip-attempts'})
MERGE (a)-[r:REPORTED]->(b)
SET r += {sources:['hir-cybercrime-syndicate','microsoft-vaccine-claim'], confidence:'confirmed', companiesMin:9, quote:'Microsoft claimed that the effort hit at least nine pharmaceutical companies'};

MATCH (a:Entity {id:'swift'}), (b:Entity {id:'bangladesh-bank-heist-2016'})
MERGE (a)-[r:BLOCKED]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'With sharp-eyed bankers, blocked the majority of the almost US$1 billion', quote:'sharp-eyed bankers and checks in the SWIFT system blocked the majority of the funds'};

MATCH (a:Entity {id:'obama-administration'}), (b:Entity {id:'sony-pictures-hack-2014'})
MERGE (a)-[r:RESPONDED_TO]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', context:'Additional sanctions on certain North Korean entities, none directly associated with the attack', quote:'the Obama administration technically imposed additional sanctions on certain North Korean entities'};
