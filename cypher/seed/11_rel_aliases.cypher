// Alias nodes -> the actor they name (ALIAS_OF), and the incidents in which an alias was used (APPEARED_IN).

MATCH (a:Entity {id:'alias-hidden-cobra'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'confirmed', usedBy:'US government', context:'The label the United States government gives the group', quote:'The United States government labels them HIDDEN COBRA.'};

MATCH (a:Entity {id:'alias-guardians-of-peace'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', usedBy:'the attackers themselves', context:'Name used in the 2014 Sony Pictures hack', since:'2014', quote:'the Guardians of Peace (now the Lazarus Group)'};

MATCH (a:Entity {id:'alias-whois-team'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', usedBy:'the 2013 attackers', context:'Name attached to the 2013 attack on the South Korean financial system', since:'2013', quote:'In 2013, the South Korean financial system fell victim to a mysterious “WhoIs Team.”'};

MATCH (a:Entity {id:'alias-apt38'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', usedBy:'Pyongyang Papers', context:'Given in brackets after LAZARUS for the group linked to Tian Yinyin and Li Jiadong', quote:'the DPRK cyber group – LAZARUS (APT38)'};

MATCH (a:Entity {id:'alias-lazarus'}), (b:Entity {id:'lazarus-group'})
MERGE (a)-[r:ALIAS_OF]->(b)
SET r += {sources:['pyongyang-papers-dprk-cybercrime'], confidence:'reported', usedBy:'Pyongyang Papers', context:'Name of the DPRK cyber group linked to Tian Yinyin and Li Jiadong', quote:'the DPRK cyber group – LAZARUS (APT38)'};

MATCH (a:Entity {id:'alias-guardians-of-peace'}), (b:Entity {id:'sony-pictures-hack-2014'})
MERGE (a)-[r:APPEARED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2014', quote:'The attackers behind the Sony Pictures hack called themselves the “Guardians of Peace.”'};

MATCH (a:Entity {id:'alias-whois-team'}), (b:Entity {id:'south-korea-wiper-attack-2013'})
MERGE (a)-[r:APPEARED_IN]->(b)
SET r += {sources:['hir-cybercrime-syndicate'], confidence:'reported', date:'2013', quote:'the South Korean financial system fell victim to a mysterious “WhoIs Team.”'};
