// Actors: hacking groups (Actor:Group) and individual operatives (Actor:Person).
// Kim Jong Un is a Person but not an Actor: the documents make him the sponsor and leader, not an operative.

MERGE (n:Entity:Actor:Group {id:'lazarus-group'}) SET n += {
  name:'Lazarus Group',
  aliases:['HIDDEN COBRA','Guardians of Peace','WhoIs Team','APT38','LAZARUS'],
  summary:'Collective of North Korean cybercriminals, believed to be state sponsored and active since around 2009, behind the Sony Pictures hack, the Bangladesh Bank heist, WannaCry and large cryptocurrency thefts. As of late 2019 it had crippled hundreds of thousands of computers and stolen up to US$2 billion.',
  from:'2009',
  amountUsd:2000000000,
  amountNote:'up to US$2 billion stolen as of late 2019',
  sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Actor:Group {id:'dprk-cyber-actors'}) SET n += {
  name:'DPRK cyber actors',
  aliases:['North Korean hackers','DPRK hackers','APT cyber actors','North Korean cyber agents'],
  summary:'The North Korean state-sponsored hackers taken as a whole, of which the Lazarus Group is the best known. HIR notes reports of other cybercrime organisations with much the same aims.',
  sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate']
};

MERGE (n:Entity:Actor:Group {id:'dprk-overseas-cyber-agents'}) SET n += {
  name:'North Korean overseas cyber agents',
  aliases:[],
  summary:'Some 6,000 North Korean cyber agents who, by a US Army estimate, live and work overseas, including in India, Kenya and New Zealand. Pyongyang Papers suggests some DPRK actors work on foreign soil under the cover of IT workers.',
  agents:6000,
  cover:'IT workers',
  sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Actor:Person {id:'park-jin-hyok'}) SET n += {
  name:'Park Jin-Hyok',
  aliases:[],
  summary:'Suspected Lazarus Group operative. Charged by the US Justice Department in 2018 over the Sony Pictures hack, the Bangladesh Bank heist and WannaCry, and again in February 2021 over the theft of US$1.3 billion.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Actor:Person {id:'jon-chang-hyok'}) SET n += {
  name:'Jon Chang-Hyok',
  aliases:[],
  summary:'Charged by the US Justice Department in February 2021, with Kim Il and Park Jin-Hyok, over the theft of US$1.3 billion.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Actor:Person {id:'kim-il'}) SET n += {
  name:'Kim Il',
  aliases:[],
  summary:'Charged by the US Justice Department in February 2021, with Jon Chang-Hyok and Park Jin-Hyok, over the theft of US$1.3 billion.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Person {id:'kim-jong-un'}) SET n += {
  name:'Kim Jong Un',
  aliases:['Kim Jong-Un'],
  summary:'North Korean leader whose money-making scheme, Pyongyang Papers says, is state-sponsored cyber crime. The Interview, the film behind the Sony Pictures hack, depicted his assassination.',
  sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate']
};
