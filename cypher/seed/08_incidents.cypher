// Incidents: attacks, thefts and campaigns. Dates are ISO strings at the precision the documents give.

MERGE (n:Entity:Incident {id:'government-websites-attacks-2009'}) SET n += {
  name:'2009 attacks on US and South Korean government websites',
  aliases:[],
  summary:'The earliest attacks attributable to the Lazarus Group. HIR says the North Korean cyber offensive began as simple DDoS attacks that disrupted normal network functionality.',
  date:'2009',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'korea-banks-government-media-attacks-2010-2013'}) SET n += {
  name:'Attacks on Korean banks, government servers and media (2010, 2011, 2013)',
  aliases:[],
  summary:'Repeated Lazarus Group strikes in 2010, 2011 and 2013 on Korean banks, government servers and media agencies, growing quickly in sophistication.',
  from:'2010',
  to:'2013',
  years:['2010','2011','2013'],
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'south-korea-wiper-attack-2013'}) SET n += {
  name:'2013 wiper attack on the South Korean financial system',
  aliases:['WhoIs Team attack'],
  summary:'Attack on the South Korean financial system under the name WhoIs Team, using homegrown malware capable of wiping tens of thousands of computers.',
  date:'2013',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'sony-pictures-hack-2014'}) SET n += {
  name:'Sony Pictures hack',
  aliases:['Sony Pictures Entertainment hack'],
  summary:'A month before the premiere of The Interview, the Guardians of Peace stole huge swathes of data, leaked sensitive documents and destroyed 75 percent of internal servers. Sony cancelled all theatrical releases, and the attackers suffered virtually no retribution.',
  date:'2014',
  serversDestroyedPercent:75,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'bank-hacking-attempts-18-countries'}) SET n += {
  name:'Hacking attempts on banks in at least 18 countries',
  aliases:[],
  summary:'Attempts on banks in at least 18 countries as the Lazarus Group, emboldened by the Sony attack, escalated.',
  countriesMin:18,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'bangladesh-bank-heist-2016'}) SET n += {
  name:'Bangladesh Bank heist',
  aliases:['Bangladesh Bank Heist'],
  summary:'On a Friday morning in February 2016 hackers routed almost US$1 billion from the Bangladesh Bank into the Manila casino industry. SWIFT checks and bankers blocked most of it, but US$81 million reached North Korea, and attributing it to the Lazarus Group took a full year.',
  date:'2016-02',
  amountUsd:81000000,
  amountAttemptedUsd:1000000000,
  amountNote:'almost US$1 billion routed, US$81 million lost',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'wannacry-attack-2017'}) SET n += {
  name:'WannaCry attack',
  aliases:['WannaCry'],
  summary:'Ransomware attack that crippled 300,000 computers in 150 countries and held data hostage for Bitcoin ransom. It caused billions of dollars of damage and remains the largest ransomware attack in history.',
  date:'2017',
  computers:300000,
  countries:150,
  ransomCurrency:'Bitcoin',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'crypto-exchange-hack-2018'}) SET n += {
  name:'2018 cryptocurrency exchange hack',
  aliases:[],
  summary:'In April 2018 the Lazarus Group hacked a cryptocurrency exchange and stole almost US$250 million. Pyongyang Papers describes the laundering of this well-publicised 2018 hack by Tian Yinyin and Li Jiadong.',
  date:'2018-04',
  amountUsd:250000000,
  amountNote:'almost US$250 million',
  sources:['hir-cybercrime-syndicate','pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Incident {id:'monero-mining-increase-2019'}) SET n += {
  name:'Monero mining increase (May 2019)',
  aliases:[],
  summary:'In May 2019 North Korea increased its mining of the anonymity-focused Monero coin by at least tenfold.',
  date:'2019-05',
  coin:'Monero',
  increaseFactorMin:10,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'kucoin-theft-2020'}) SET n += {
  name:'KuCoin theft',
  aliases:[],
  summary:'Theft of US$281 million in cryptocurrency from the Seychelles-based KuCoin exchange in September 2020, possibly the largest cryptocurrency theft to date.',
  date:'2020-09',
  amountUsd:281000000,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'axie-infinity-hack'}) SET n += {
  name:'Axie Infinity hack',
  aliases:[],
  summary:'Recent attack on the computer game Axie Infinity, attributed to the Lazarus Group. The attackers stole more than US$600 million and are believed to be still laundering it beyond the reach of authorities.',
  amountUsd:600000000,
  amountNote:'more than US$600 million',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Incident {id:'vaccine-ip-attempts'}) SET n += {
  name:'Attempts on vaccine intellectual property',
  aliases:[],
  summary:'Attempts by North Korean hackers on vaccine IP reported by the NIS, which says they failed, while the DPRK cited zero cases. Microsoft claimed at least nine pharmaceutical companies were hit, in collaboration with Russia.',
  outcome:'unsuccessful according to the NIS',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Incident {id:'turkish-exchange-account-takeovers'}) SET n += {
  name:'Turkish cryptocurrency exchange account takeovers',
  aliases:[],
  summary:'Pyongyang Papers was informed that APT cyber actors are hacking Turkish exchanges and altering customer information to take over accounts and move cryptocurrency to actor-controlled wallets.',
  method:'altering customer information',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Incident {id:'thefts-charged-2021'}) SET n += {
  name:'Thefts of US$1.3 billion (charged February 2021)',
  aliases:[],
  summary:'The thefts, totalling US$1.3 billion, for which the US Justice Department charged Jon Chang-Hyok, Kim Il and Park Jin-Hyok in February 2021.',
  amountUsd:1300000000,
  sources:['hir-cybercrime-syndicate']
};
