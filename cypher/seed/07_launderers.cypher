// Launderers: people and channels that move stolen funds towards the regime.
// Tian Yinyin and Li Jiadong are both Person and Launderer (not Actor: they moved money, they did not hack).

MERGE (n:Entity:Person:Launderer {id:'tian-yinyin'}) SET n += {
  name:'Tian Yinyin',
  aliases:['Tian'],
  summary:'Chinese individual who, with Li Jiadong, laundered the 2018 cryptocurrency exchange hack by moving US$100 million among accounts they held. Named in a US Treasury press release, linked to LAZARUS (APT38) and now on the sanctions list.',
  nationality:'Chinese',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Person:Launderer {id:'li-jiadong'}) SET n += {
  name:'Li Jiadong',
  aliases:['Li'],
  summary:'Chinese individual who, with Tian Yinyin, laundered the 2018 cryptocurrency exchange hack by moving US$100 million among accounts they held. Named in a US Treasury press release, linked to LAZARUS (APT38) and now on the sanctions list.',
  nationality:'Chinese',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Launderer {id:'otc-brokers'}) SET n += {
  name:'Over-the-counter (OTC) brokers',
  aliases:['OTC brokers'],
  summary:'Brokers specialising in cryptocurrency transactions and transfers, which North Korea often uses to cash out stolen cryptocurrency through financial systems it can no longer legally access.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Launderer {id:'actor-controlled-wallets'}) SET n += {
  name:'Actor-controlled cryptocurrency wallets',
  aliases:[],
  summary:'Wallets held by DPRK cyber actors, into which cryptocurrency is moved from hijacked exchange accounts before the funds make their way back to the regime.',
  sources:['pyongyang-papers-dprk-cybercrime']
};
