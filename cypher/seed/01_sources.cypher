// Source nodes: the two documents the dataset is built from (kind 'document') and the public
// reports they cite (kind 'cited'). A cited Source lists in `sources` the documents that cite it.

// ---- Documents ----
MERGE (n:Entity:Source {id:'pyongyang-papers-dprk-cybercrime'}) SET n += {
  name:'DPRK & state sponsored cyber crime',
  publisher:'Pyongyang Papers',
  kind:'document',
  aliases:[],
  summary:'Pyongyang Papers article arguing that the DPRK has turned to state-sponsored cyber crime to fund its prohibited weapons programme. It covers the laundering of a 2018 exchange hack by two Chinese nationals, OTC brokers, attacks on Turkish exchanges and China’s role in training and hosting DPRK hackers.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Source {id:'hir-cybercrime-syndicate'}) SET n += {
  name:'The Cybercrime Syndicate Financing the North Korean State',
  publisher:'Harvard International Review',
  author:'Joshua Park',
  kind:'document',
  aliases:[],
  summary:'Harvard International Review article tracing the Lazarus Group from the 2009 website attacks through Sony Pictures, the Bangladesh Bank heist, WannaCry and cryptocurrency thefts to vaccine IP attempts. It also covers Chinese training of North Korean hackers, US charges and policy responses.',
  sources:['hir-cybercrime-syndicate']
};

// ---- Reports cited by Pyongyang Papers ----
MERGE (n:Entity:Source {id:'un-poe-report-2019-08'}) SET n += {
  name:'UN Panel of Experts report (August 2019)',
  publisher:'United Nations Panel of Experts',
  date:'2019-08',
  kind:'cited',
  aliases:[],
  summary:'UN Panel of Experts report which, per Pyongyang Papers, states that the DPRK gained nearly US$2 billion through illegal activities, US$541 million of it from cryptocurrency theft.',
  amountUsd:2000000000,
  cryptocurrencyTheftUsd:541000000,
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Source {id:'un-poe-report-2021-03'}) SET n += {
  name:'UN Panel of Experts report (March 2021)',
  publisher:'United Nations Panel of Experts',
  date:'2021-03',
  kind:'cited',
  aliases:[],
  summary:'UN Panel of Experts report which, per Pyongyang Papers, states that DPRK-sponsored cyber crime directly and indirectly supports the country’s weapons of mass destruction and ballistic missile programme.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Source {id:'us-treasury-press-release-tian-li'}) SET n += {
  name:'US Treasury press release naming Tian Yinyin and Li Jiadong',
  publisher:'US Treasury',
  kind:'cited',
  aliases:[],
  summary:'US Treasury press release that named Tian Yinyin and Li Jiadong, the launderers of the 2018 exchange hack, and linked them to LAZARUS (APT38). Pyongyang Papers reproduces a Treasury image of the flow of stolen money.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Source {id:'the-diplomat-otc-brokers-2021-12'}) SET n += {
  name:'The Diplomat report on OTC brokers (December 2021)',
  publisher:'The Diplomat',
  date:'2021-12',
  kind:'cited',
  aliases:[],
  summary:'Report in The Diplomat that North Korea often uses over-the-counter brokers to cash out stolen cryptocurrency into normal currency.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

// ---- Reports cited by the Harvard International Review ----
MERGE (n:Entity:Source {id:'us-doj-charges-2018'}) SET n += {
  name:'US Justice Department charges against Park Jin-Hyok (2018)',
  publisher:'United States Justice Department',
  date:'2018',
  kind:'cited',
  aliases:[],
  summary:'The 2018 charges against Park Jin-Hyok, a suspected Lazarus Group operative, for several cyber attacks including the 2014 Sony Pictures hack, the 2016 Bangladesh Bank heist and the 2017 WannaCry attack.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'us-doj-charges-2021-02'}) SET n += {
  name:'US Justice Department charges against Jon Chang-Hyok, Kim Il and Park Jin-Hyok (February 2021)',
  publisher:'United States Justice Department',
  date:'2021-02',
  kind:'cited',
  aliases:[],
  summary:'The February 2021 charges, building on the earlier investigation, against Jon Chang-Hyok, Kim Il and Park Jin-Hyok for the theft of US$1.3 billion.',
  amountUsd:1300000000,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'csis-paper-2015'}) SET n += {
  name:'Center for Strategic and International Studies paper (2015)',
  publisher:'Center for Strategic and International Studies',
  date:'2015',
  kind:'cited',
  aliases:[],
  summary:'CSIS paper which, per HIR, argued that international norms and laws must acknowledge the threat of cybercrime and establish effective deterrence mechanisms.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'us-ic-guidance-2020-04'}) SET n += {
  name:'US intelligence community guidance (April 2020)',
  publisher:'US intelligence community',
  date:'2020-04',
  kind:'cited',
  aliases:[],
  summary:'Guidance recommending a collaborative approach in which information on securing data and defending against attacks is shared across private and public sectors among like-minded countries.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'us-army-cyber-agents-estimate'}) SET n += {
  name:'US Army estimate of North Korean overseas cyber agents',
  publisher:'US Army',
  kind:'cited',
  aliases:[],
  summary:'US Army estimate that some 6,000 North Korean cyber agents live and work from overseas locations, including India, Kenya and New Zealand.',
  agents:6000,
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'kaspersky-lazarus-assessment'}) SET n += {
  name:'Kaspersky assessment of the Lazarus Group',
  publisher:'Kaspersky',
  kind:'cited',
  aliases:[],
  summary:'Assessment, made after the Bangladesh Bank heist, calling the Lazarus Group one of the most successful in launching large-scale operations against the financial industry.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'microsoft-vaccine-claim'}) SET n += {
  name:'Microsoft claim on the attacks on pharmaceutical companies',
  publisher:'Microsoft',
  kind:'cited',
  aliases:[],
  summary:'Microsoft’s claim that the North Korean effort against vaccine IP hit at least nine pharmaceutical companies and was a collaboration with Russia.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Source {id:'nis-vaccine-report'}) SET n += {
  name:'South Korean National Intelligence Service report on vaccine IP attempts',
  publisher:'National Intelligence Service (South Korea)',
  kind:'cited',
  aliases:[],
  summary:'NIS report of attempts by North Korean hackers on vaccine intellectual property, which the NIS says were unsuccessful.',
  sources:['hir-cybercrime-syndicate']
};
