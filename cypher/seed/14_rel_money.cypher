// Money: who laundered what, for whom, and where stolen funds went.

// ---- LAUNDERED: launderer (or actor) -> incident ----
MATCH (a:Entity {id:'tian-yinyin'}), (b:Entity {id:'crypto-exchange-hack-2018'})
MERGE (a)-[r:LAUNDERED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'confirmed', amountUsd:100000000, context:'Received jointly with Li Jiadong and moved among accounts they held', quote:'was laundered by two Chinese individuals, Tian Yinyin and Li Jiadong'};

MATCH (a:Entity {id:'li-jiadong'}), (b:Entity {id:'crypto-exchange-hack-2018'})
MERGE (a)-[r:LAUNDERED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'confirmed', amountUsd:100000000, context:'Received jointly with Tian Yinyin and moved among accounts they held', quote:'was laundered by two Chinese individuals, Tian Yinyin and Li Jiadong'};

MATCH (a:Entity {id:'lazarus-group'}), (b:Entity {id:'axie-infinity-hack'})
MERGE (a)-[r:LAUNDERED]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'suspected', context:'Still moving the stolen cryptocurrency beyond the reach of authorities', quote:'are still believed to be laundering the stolen cryptocurrency'};

// ---- LAUNDERED_FOR: launderer -> beneficiary ----
MATCH (a:Entity {id:'tian-yinyin'}), (b:Entity {id:'dprk-regime'})
MERGE (a)-[r:LAUNDERED_FOR]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', amountUsd:100000000, quote:'hiding the origin of the funds for the regime'};

MATCH (a:Entity {id:'li-jiadong'}), (b:Entity {id:'dprk-regime'})
MERGE (a)-[r:LAUNDERED_FOR]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', amountUsd:100000000, quote:'hiding the origin of the funds for the regime'};

MATCH (a:Entity {id:'otc-brokers'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:LAUNDERED_FOR]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','the-diplomat-otc-brokers-2021-12'], confidence:'reported', context:'Cashing out stolen cryptocurrency into normal currency', quote:'North Korea will often use over the counter (OTC) brokers to cash out stolen cryptocurrency funds'};

// ---- LINKED_TO / COLLABORATED_WITH between launderers and actors ----
MATCH (a:Entity {id:'tian-yinyin'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:LINKED_TO]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'reported', quote:'were linked to the DPRK cyber group – LAZARUS (APT38)'};

MATCH (a:Entity {id:'li-jiadong'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:LINKED_TO]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime','us-treasury-press-release-tian-li'], confidence:'reported', quote:'were linked to the DPRK cyber group – LAZARUS (APT38)'};

MATCH (a:Entity {id:'tian-yinyin'}), (b:Entity {id:'li-jiadong'})
MERGE (a)-[r:COLLABORATED_WITH]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', amountUsd:100000000, quote:'Tian and Li received $100 million and transferred the currency among accounts they held'};

// ---- TRANSFERRED_TO: where the money went ----
MATCH (a:Entity {id:'bangladesh-bank-heist-2016'}), (b:Entity {id:'manila-casino-industry'})
MERGE (a)-[r:TRANSFERRED_TO]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2016-02', amountUsd:1000000000, amountNote:'almost US$1 billion routed, the majority blocked', quote:'routed almost US$1 billion from the Bangladesh Bank into the Manila casino industry'};

MATCH (a:Entity {id:'bangladesh-bank-heist-2016'}), (b:Entity {id:'north-korea'})
MERGE (a)-[r:TRANSFERRED_TO]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2016-02', amountUsd:81000000, quote:'an unprecedented US$81 million still made its way into the pariah state’s coffers'};

MATCH (a:Entity {id:'turkish-exchange-account-takeovers'}), (b:Entity {id:'actor-controlled-wallets'})
MERGE (a)-[r:TRANSFERRED_TO]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'alleged', quote:'transfer cryptocurrency from the hacked account to actor-controlled wallets'};

MATCH (a:Entity {id:'actor-controlled-wallets'}), (b:Entity {id:'dprk-regime'})
MERGE (a)-[r:TRANSFERRED_TO]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'alleged', quote:'with the funds eventually making their way back to the regime'};
