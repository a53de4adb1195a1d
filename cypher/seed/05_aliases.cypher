// Alias nodes: other names for an actor. Each is also listed in its actor's `aliases` property.

MERGE (n:Entity:Alias {id:'alias-hidden-cobra'}) SET n += {
  name:'HIDDEN COBRA',
  aliases:[],
  summary:'Label the United States government gives the Lazarus Group.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Alias {id:'alias-guardians-of-peace'}) SET n += {
  name:'Guardians of Peace',
  aliases:[],
  summary:'Name the attackers behind the 2014 Sony Pictures hack gave themselves, identified by HIR as the Lazarus Group.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Alias {id:'alias-whois-team'}) SET n += {
  name:'WhoIs Team',
  aliases:[],
  summary:'Name of the mysterious attackers behind the 2013 attack on the South Korean financial system, one of the Lazarus Group’s earlier names.',
  sources:['hir-cybercrime-syndicate']
};

MERGE (n:Entity:Alias {id:'alias-apt38'}) SET n += {
  name:'APT38',
  aliases:[],
  summary:'Designation Pyongyang Papers gives in brackets for LAZARUS, the DPRK cyber group linked to Tian Yinyin and Li Jiadong.',
  sources:['pyongyang-papers-dprk-cybercrime']
};

MERGE (n:Entity:Alias {id:'alias-lazarus'}) SET n += {
  name:'LAZARUS',
  aliases:[],
  summary:'Name Pyongyang Papers uses for the DPRK cyber group linked to Tian Yinyin and Li Jiadong, and one of the article’s tags.',
  sources:['pyongyang-papers-dprk-cybercrime']
};
