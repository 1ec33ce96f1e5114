/**
 * Given names beyond English, by language or region, lower case as written there (accents kept,
 * with the unaccented spelling scrapers and English pages often use beside it). The header reads a
 * bare capitalised line ("Joakim Edin" under a headline) as a byline candidate only with evidence of
 * a person, and a known given name is the commonest: the tagger's lexicon knows English first names
 * only, so "Christian Winter" or "Halina Goetz" read as a menu entry. Names that are also everyday
 * words in English ("can", "said", "rose") are left out: a known given name is evidence, and a
 * common word would be false evidence.
 */
import { lazy } from '../lazy.js';

const GIVEN_NAMES_BY_LANGUAGE: Readonly<Record<string, string>> = {
  // German (de, at, ch)
  de: `andreas bernd björn bjorn christian christoph dieter dirk florian frank-walter friedrich fritz gerhard günter gunter günther gunther hannes hans heiko heinz helmut holger horst ingo jens joachim jochen jörg jorg jürgen jurgen kai karl-heinz klaus lars lutz manfred marcel markus matthias moritz niklas norbert olaf rainer ralf reinhard rolf rüdiger rudiger sebastian stefan steffen sven thorsten tobias torsten ulrich uwe volker werner wolfgang
    andrea angelika anja annegret antje barbara bettina birgit brigitte christiane claudia cornelia dagmar doris franziska gabriele gudrun heike helga ilse ines ingrid jana jutta karin katharina kerstin kirsten leonie manuela marlene martina meike monika nadine nicole petra renate sabine sandra silke simone sonja stefanie susanne svenja tanja ulrike ursula ute verena vera wiebke`,
  // French (fr, be, ch, ca)
  fr: `alain antoine arnaud aurélien aurelien baptiste benoît benoit bertrand bruno cédric cedric clément clement cyril damien denis didier dominique émile emile emmanuel éric eric étienne etienne fabien fabrice florent françois francois frédéric frederic gaël gael gaëtan gaetan guillaume hervé herve jacques jean jean-claude jean-luc jean-marc jean-michel jean-pierre jérôme jerome julien laurent loïc loic lucien marc mathieu matthieu maxime nicolas olivier pascal patrice philippe pierre rémi remi romain sébastien sebastien stéphane stephane sylvain thierry thibault vincent xavier yannick yves
    agnès agnes amélie amelie anne-sophie aurélie aurelie béatrice beatrice cécile cecile célia celia chantal claire clémence clemence colette delphine élise elise émilie emilie estelle françoise francoise frédérique geneviève genevieve hélène helene isabelle joëlle joelle juliette laure léa lea léonie lucie madeleine manon marie marie-claire marion martine mathilde nathalie océane oceane pascale sandrine ségolène segolene solène solene sophie sylvie valérie valerie véronique veronique virginie`,
  // Spanish (es, Latin America)
  es: `alejandro alberto álvaro alvaro andrés andres antonio arturo carlos césar cesar diego eduardo emilio enrique ernesto esteban federico felipe fernando francisco gerardo gonzalo guillermo gustavo héctor hector horacio ignacio iñaki inaki javier joaquín joaquin jorge josé jose juan julián julian leonardo lorenzo luis manuel marcelo mariano martín martin mateo miguel nicolás nicolas óscar oscar pablo pedro rafael ramón ramon raúl raul ricardo rodrigo rubén ruben sergio tomás tomas vicente
    adriana alejandra alicia ana beatriz begoña begona carmen catalina cristina dolores elena eva fernanda gabriela inés ines isabel josefina juana laura lorena lucía lucia luisa marisol marta mónica monica natalia nuria paloma patricia raquel rocío rocio silvia sofía sofia susana valentina verónica yolanda ximena`,
  // Italian
  it: `alessandro alessio andrea antonio carlo claudio corrado cristiano daniele dario davide emanuele enrico enzo fabio fabrizio federico filippo francesco gabriele gianluca gianni giacomo giorgio giovanni giulio giuseppe gianfranco lorenzo luca luigi marcello marco matteo maurizio michele mirko nicola paolo pierluigi pietro raffaele renato riccardo roberto salvatore sergio simone stefano tommaso umberto valerio vittorio
    alessandra angela anna antonella arianna barbara beatrice benedetta carla caterina chiara cinzia claudia daniela elisa elisabetta emanuela federica francesca gianna giorgia giovanna giulia ilaria lucia manuela marta martina michela monica paola patrizia raffaella roberta rossella sara serena silvia simona stefania teresa valentina valeria`,
  // Portuguese (pt, br)
  pt: `afonso antónio antonio bernardo bruno caio diogo duarte fábio fabio gonçalo goncalo guilherme gustavo henrique joão joao júlio julio leandro luís luis marcelo marcos mário mario nuno otávio otavio paulo renato rodrigo rui sérgio sergio thiago tiago vinícius vinicius
    adriana ana beatriz bruna camila cláudia claudia daniela débora debora fernanda flávia flavia gabriela helena inês ines joana juliana larissa letícia leticia lúcia luciana mariana patrícia renata rita sandra tânia tania vanessa`,
  // Dutch and Flemish
  nl: `arjen bart bas bram dirk-jan erik floris frits gerrit gert geert hendrik hans-peter henk huub jaap jan-willem jasper jeroen joost jurgen kees klaas koen lieven luuk maarten marnix maurits niels pieter rik roel ruben ruud sander sjoerd stijn teun thijs tom-jan wouter wim willem
    anke anouk annemarie annelies bregje carolien daphne els esther femke hanneke ilse inge janneke karlijn lieke lotte marieke mieke nienke noor roos saskia sanne tineke wendy`,
  // Nordic (sv, no, da, fi, is)
  nordic: `anders arne bengt birger björn bjørn espen fredrik gunnar gustav håkan hakan halvor henrik ivar joakim johan kjell knut lasse leif magnus mats mikael morten nils ola olav pål pär ragnar rasmus søren soren stig sune svein terje thor torbjørn ulf
    aino anneli astrid birgitta camilla eira frida hanna ingeborg ingrid karin kirsi kristiina liisa linnea maija malin marit minna pia pirjo ragnhild riikka sanna sigrid solveig tiina tuula ulla
    aleksi antti eero heikki ilkka jari jukka juha kalle lauri markku matti mikko oskari pekka petri sami seppo tapio timo tuomas`,
  // Polish, Czech, Slovak
  pl: `adam andrzej bartosz bartłomiej bartlomiej dariusz grzegorz jacek jakub janusz jarosław jaroslaw jerzy józef jozef kamil karol krzysztof łukasz lukasz maciej marcin marek mariusz mateusz michał michal paweł pawel piotr przemysław przemyslaw radosław radoslaw rafał rafal sławomir slawomir stanisław stanislaw szymon tadeusz tomasz wojciech zbigniew
    agata agnieszka aleksandra barbara beata danuta dorota elżbieta elzbieta ewa grażyna grazyna halina iwona jadwiga joanna justyna karolina katarzyna magdalena małgorzata malgorzata marzena monika renata urszula wioletta zofia
    jiří jiri jaroslav josef ladislav lubomír lubomir miroslav ondřej ondrej radek vladimír vladimir zdeněk zdenek
    hana jana jitka lenka markéta marketa petra zuzana`,
  // Hungarian, Romanian
  hu_ro: `attila bálint balint csaba dániel daniel gábor gabor gergely istván istvan lászló laszlo péter peter sándor sandor tamás tamas zoltán zoltan
    anikó aniko erzsébet erzsebet ildikó ildiko judit katalin krisztina zsófia zsofia zsuzsanna
    adrian alexandru andrei bogdan cătălin catalin constantin cristian dragoș dragos florin gheorghe ionuț ionut mihai mircea ovidiu radu răzvan razvan sorin vasile
    alina andreea cristina ioana mihaela oana raluca roxana simona`,
  // Greek, romanised
  el: `alexandros anastasios apostolos christos dimitris dimitrios georgios giorgos ioannis konstantinos kostas nikos nikolaos panagiotis spyros stavros thanos vasilis yannis yiannis
    eleni katerina maria-eleni sofia vasiliki`,
  // Turkish
  tr: `ahmet ali burak cem emre erdem erkan fatih hakan hasan hüseyin huseyin ibrahim ismail kemal mehmet murat mustafa oğuz oguz ömer omer onur orhan osman selim serkan tolga uğur ugur yusuf
    ayşe ayse elif emine esra fatma gül hatice merve özlem ozlem seda selin zeynep`,
  // Russian, Ukrainian and other Slavic, romanised
  slavic: `aleksandr aleksei alexei andrei anatoly boris dmitri dmitry evgeny fyodor igor ilya konstantin maxim mikhail oleg oleksandr oleksiy pavel sergei sergey stanislav taras valery viktor vitaly vladimir vladislav volodymyr yevgeny yuri yury
    anastasia ekaterina galina irina lyudmila natalia natalya olena oksana olga svetlana tatiana tatyana yelena yulia
    goran ivica miloš milos nenad zoran dragana jelena marija snežana snezana`,
  // South Asian
  south_asia: `aamir abhishek aditya ajay akash amit anand anil anupam arjun arvind ashok ashish deepak dinesh gaurav harish hemant jagdish jayant kapil karan kiran krishna kunal mahesh manish manoj mohit mukesh naveen nikhil nitin pankaj pradeep prakash pranav prashant rahul rajesh rajiv rakesh ramesh ravi rohit sachin sandeep sanjay santosh satish shashi shyam siddharth sudhir suresh sushil tarun varun vijay vikram vinod vivek yogesh
    aarti anjali ananya anita ankita deepika divya gayatri kavita kavya lakshmi meera neha nisha pooja preeti priya priyanka radhika rekha ritu sangeeta shalini shreya shweta sneha sonia sunita swati vidya
    asif bilal faisal farhan hamza imran irfan kamran nadeem naveed rizwan saqib shahid tariq usman waqar zafar
    ayesha fatima hina nadia saima sana zainab`,
  // Arabic, Persian, Hebrew, romanised
  mena: `abdullah ahmad ahmed amir amr bassem fadi farid hamid hassan hossein hussein ibrahim jamal karim khaled khalid mahmoud majid mohamed mohammad mohammed mostafa nabil omar rami reza samir tarek walid yasser youssef ziad
    amal aya dina fatemeh hala hanan layla leila lina maryam mona nour noura rania reem salma yasmin yasmine
    avi eitan ehud itai itamar moshe noam ofer uri yair yoav yossi
    ayelet inbal michal noa tamar yael`,
  // Chinese, Korean, Japanese, Vietnamese, romanised given names (one word; common ones only)
  east_asia: `chengcheng haoran hui jiahui jian jing li-wei ming qiang wei xiaoming xin ying zhen zhiwei
    hyun jae-hyun ji-hoon ji-won jin min-jun seo-yeon soo-jin sung-min young-ho
    haruki hiroshi kenji kenta kazuki makoto naoki satoshi takashi takeshi yuki yuto aiko akiko haruka keiko naomi sakura yoko yumi
    minh thanh trang tuan`,
  // Southeast Asia, Africa
  other: `agus bambang budi dewi eko putri rizky siti wahyu
    adebayo adewale chidi chinedu chukwuma emeka ifeanyi kwame kofi kelechi obinna olumide oluwaseun tunde uche
    amara chioma ngozi nneka folake funmilayo yetunde
    wanjiru wanjiku kamau njeri otieno thabo sipho themba lerato nomvula`,
};

/** Every name above, lower case. */
export const intlGivenNames = lazy((): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const list of Object.values(GIVEN_NAMES_BY_LANGUAGE)) for (const name of list.split(/\s+/)) if (name) out.add(name);
  return out;
});
