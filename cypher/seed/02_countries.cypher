// Countries named in the documents.

MERGE (n:Entity:Country {id:'north-korea'}) SET n += {
  name:'North Korea',
  aliases:['DPRK'],
  summary:'Heavily sanctioned state whose regime, both documents say, runs state-sponsored cyber crime to raise money for its prohibited nuclear and ballistic missile programme. HIR describes a nation of 26 million that has severed almost all relations with the international community.',
  population:26000000,
  sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'south-korea'}) SET n += {
  name:'South Korea',
  aliases:[],
  summary:'Target of the earliest attacks attributed to the Lazarus Group, including the 2013 wiper attack on its financial system. Its National Intelligence Service reported the vaccine IP attempts.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'united-states'}) SET n += {
  name:'United States',
  aliases:['US'],
  summary:'Its government websites were among the first targets in 2009 and its government labels the Lazarus Group HIDDEN COBRA. It sanctions the DPRK and has charged North Korean hackers.',
  sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Country {id:'china'}) SET n += {
  name:'China',
  aliases:[],
  summary:'DPRK neighbour where North Korean cyber agents were reportedly trained (Shenyang, Harbin Institute of Technology) and on whose border DPRK actors may work through Chinese internet access, with Chinese Government complicity judged highly likely by Pyongyang Papers. HIR ranks China, with Russia, as a more dangerous cyber threat than the DPRK.',
  sources:['pyongyang-papers-dprk-cybercrime','hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'russia'}) SET n += {
  name:'Russia',
  aliases:[],
  summary:'Named by Microsoft as a collaborator in the North Korean effort against pharmaceutical companies. HIR ranks Russia, with China, as a more dangerous and imminent cyber threat than the DPRK.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'bangladesh'}) SET n += {
  name:'Bangladesh',
  aliases:[],
  summary:'Country of the Bangladesh Bank, from which hackers routed almost US$1 billion in February 2016.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'seychelles'}) SET n += {
  name:'Seychelles',
  aliases:[],
  summary:'Where the KuCoin cryptocurrency exchange, robbed of US$281 million in September 2020, is based.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'turkey'}) SET n += {
  name:'Turkey',
  aliases:[],
  summary:'Home of cryptocurrency exchanges that, Pyongyang Papers was informed, DPRK APT actors are now hacking.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Country {id:'india'}) SET n += {
  name:'India',
  aliases:[],
  summary:'One of the overseas locations where, by a US Army estimate, North Korean cyber agents live and work.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'kenya'}) SET n += {
  name:'Kenya',
  aliases:[],
  summary:'One of the overseas locations where, by a US Army estimate, North Korean cyber agents live and work.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Country {id:'new-zealand'}) SET n += {
  name:'New Zealand',
  aliases:[],
  summary:'One of the overseas locations where, by a US Army estimate, North Korean cyber agents live and work.',
  sources:['hir-cybercrime-syndicate']
};
