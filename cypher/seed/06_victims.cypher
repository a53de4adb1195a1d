// Victims: institutions, systems and works harmed or targeted by an incident. `sector` uses the documents' own words.

MERGE (n:Entity:Victim {id:'us-government-websites'}) SET n += {
  name:'US government websites',
  aliases:[],
  summary:'Targeted in 2009 in the earliest attacks attributable to the Lazarus Group.',
  sector:'government',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'south-korean-government-websites'}) SET n += {
  name:'South Korean government websites',
  aliases:[],
  summary:'Targeted in 2009 in the earliest attacks attributable to the Lazarus Group.',
  sector:'government',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'korean-banks'}) SET n += {
  name:'Korean banks',
  aliases:[],
  summary:'Hit by the Lazarus Group in 2010, 2011 and 2013.',
  sector:'banking',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'korean-government-servers'}) SET n += {
  name:'Korean government servers',
  aliases:[],
  summary:'Hit by the Lazarus Group in 2010, 2011 and 2013.',
  sector:'government',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'korean-media-agencies'}) SET n += {
  name:'Korean media agencies',
  aliases:[],
  summary:'Hit by the Lazarus Group in 2010, 2011 and 2013.',
  sector:'media',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'south-korean-financial-system'}) SET n += {
  name:'South Korean financial system',
  aliases:[],
  summary:'Fell victim in 2013 to the mysterious WhoIs Team, whose malware could wipe tens of thousands of computers.',
  sector:'finance',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'sony-pictures-entertainment'}) SET n += {
  name:'Sony Pictures Entertainment',
  aliases:['Sony Pictures'],
  summary:'Hollywood studio hacked in 2014 a month before the premiere of The Interview. It lost huge amounts of data and 75 percent of its internal servers and cancelled all theatrical releases of the film.',
  sector:'entertainment',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'the-interview'}) SET n += {
  name:'The Interview',
  aliases:[],
  summary:'Satirical film depicting the assassination of Kim Jong-Un that Sony Pictures Entertainment intended to release in 2014. All its theatrical releases were cancelled after the hack.',
  sector:'film',
  date:'2014',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'banks-in-18-countries'}) SET n += {
  name:'Banks in at least 18 countries',
  aliases:[],
  summary:'Banks that suffered Lazarus Group hacking attempts as its attacks escalated after the Sony hack.',
  sector:'banking',
  countriesMin:18,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'bangladesh-bank'}) SET n += {
  name:'Bangladesh Bank',
  aliases:[],
  summary:'Bank from which hackers routed almost US$1 billion in February 2016. Most was blocked but US$81 million was lost.',
  sector:'banking',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'crypto-exchange-2018'}) SET n += {
  name:'Cryptocurrency exchange hacked in April 2018',
  aliases:[],
  summary:'Exchange, unnamed in both documents, from which the Lazarus Group stole almost US$250 million in April 2018.',
  sector:'cryptocurrency',
  sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Victim {id:'kucoin'}) SET n += {
  name:'KuCoin',
  aliases:[],
  summary:'Seychelles-based cryptocurrency exchange robbed of US$281 million in September 2020.',
  sector:'cryptocurrency',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'axie-infinity'}) SET n += {
  name:'Axie Infinity',
  aliases:[],
  summary:'Computer game whose attackers stole more than US$600 million before being discovered.',
  sector:'computer game',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Victim {id:'astrazeneca'}) SET n += {
  name:'AstraZeneca',
  aliases:[],
  summary:'Vaccine leader that unconfirmed sources suggest was a target of North Korean attempts on vaccine IP.',
  sector:'pharmaceutical',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'pfizer'}) SET n += {
  name:'Pfizer',
  aliases:[],
  summary:'Vaccine leader that unconfirmed sources suggest was a target of North Korean attempts on vaccine IP.',
  sector:'pharmaceutical',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'nine-pharmaceutical-companies'}) SET n += {
  name:'At least nine pharmaceutical companies',
  aliases:[],
  summary:'Companies that, Microsoft claimed, were hit by the North Korean vaccine IP effort.',
  sector:'pharmaceutical',
  companiesMin:9,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Victim {id:'turkish-crypto-exchanges'}) SET n += {
  name:'Turkish cryptocurrency exchanges',
  aliases:[],
  summary:'Exchanges in Turkey that, Pyongyang Papers was informed, DPRK APT actors are hacking by altering customer information.',
  sector:'cryptocurrency',
  sources:['pyongyang-papers-dprk-cybercrime']
};
