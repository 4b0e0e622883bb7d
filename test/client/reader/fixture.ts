// Part of the real document as the API serves it (¶1, ¶3, ¶9, ¶10, ¶20, ¶22, ¶26), for component tests.
import type { ReaderDocumentQuery } from "../../../client/src/api/generated/graphql.js";

export const SLUG = "puzanov-kim-il-sung-1957-11-13";

export const DOCUMENT: NonNullable<ReaderDocumentQuery["document"]> = {
  "id": "RG9jdW1lbnQ6MQ",
  "slug": "puzanov-kim-il-sung-1957-11-13",
  "title": "From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung",
  "date": "1957-11-13",
  "summary": "Kim Il Sung describes a recent meeting with Mao Zedong, Peng Dehuai's \"interference in the internal affairs\" of the KWP, and his invitation for Mao to visit the DPRK, among other topics.",
  "citation": "\"From the Journal of A. M. Puzanov, Record of a Conversation with Kim Il Sung\", November 13, 1957, Wilson Center Digital Archive, AVPRF F. 0102, Op. 13, Delo 5. Translated for NKIDP by Gary Goldberg.",
  "displayUrl": "https://digitalarchive.wilsoncenter.org/document/115932",
  "archivalReference": "AVPRF F. 0102, Op. 13, Delo 5",
  "translator": "Gary Goldberg",
  "originalLanguage": "Russian",
  "paragraphCount": 31,
  "paragraphs": [
    {
      "id": "UGFyYWdyYXBoOjE",
      "number": 1,
      "text": "from the journal [handwritten entry SECRET Copy № 2\nof A. M. PUZANOV in a faded stamp: 13 November 1957\n13855-gs № 1228/dv\n13 November 1957]",
      "authorText": "from the journal",
      "notes": [
        {
          "id": "RWRpdG9yaWFsTm90ZTox",
          "kind": "ARCHIVAL_MARK",
          "quote": "[handwritten entry SECRET Copy № 2\nof A. M. PUZANOV in a faded stamp: 13 November 1957\n13855-gs № 1228/dv\n13 November 1957]",
          "start": 17,
          "end": 140,
          "explanation": "This long bracket is not part of the 1957 text: it is the modern translator describing marks on the first page of the Russian original, whose two-column header has been flattened into a few lines here. The page carries a handwritten entry, the classification SECRET, \"Copy № 2\", and a faded stamp with the date 13 November 1957 and two numbers. These marks were made by Soviet officials and ministry clerks in 1957: 13855-gs was probably the incoming registration number of the Foreign Ministry's General Secretariat, and 1228/dv probably a registration number of its Far Eastern Department. Such marks tell us that the record was treated as a secret ministry document and registered on the day it is dated.",
          "parentId": null
        }
      ]
    },
    {
      "id": "UGFyYWdyYXBoOjM",
      "number": 3,
      "text": "On 12 September [sic; November] 1957 a conversation was held with Cde. Kim Il Sung in which he told of a meeting with Cde. Mao Zedong and informed [Mao] about issues which the delegation wishes to pose at the upcoming conversation with Cde. N. S. Khrushchev.",
      "authorText": "On 12 September 1957 a conversation was held with Cde. Kim Il Sung in which he told of a meeting with Cde. Mao Zedong and informed about issues which the delegation wishes to pose at the upcoming conversation with Cde. N. S. Khrushchev.",
      "notes": [
        {
          "id": "RWRpdG9yaWFsTm90ZToy",
          "kind": "SIC",
          "quote": "[sic; November]",
          "start": 16,
          "end": 31,
          "explanation": "\"Sic\" is Latin for \"thus\": the translator is telling us that the Russian original really says \"12 September\", and that this is a mistake, with the correct month supplied after the semicolon. We can check the correction against the document itself: the record is dated 13 November 1957 (¶1, ¶31), and the talk with Khrushchev is still \"upcoming\" (¶3, ¶14), a talk that actually took place on 21 November. Outside evidence agrees: Mao, whose meeting with Kim is described as recent, only flew to Moscow on 2 November. A good editor keeps such an error visible instead of silently fixing it, and a slip like this points to hasty typing, not to a forged document.",
          "parentId": null
        },
        {
          "id": "RWRpdG9yaWFsTm90ZToz",
          "kind": "INSERTION",
          "quote": "[Mao]",
          "start": 147,
          "end": 152,
          "explanation": "Square brackets around a word show that the translator added it: the Russian sentence apparently does not say whom Kim \"informed\", so the translator supplied \"Mao\". This is an editorial choice that a reader may question. The object could just as well be Puzanov, since the cotton and military requests that follow were meant for the Soviet side (¶15-16). The choice matters: did Kim clear his Moscow agenda with Mao, or was he briefing the Soviet ambassador?",
          "parentId": null
        }
      ]
    },
    {
      "id": "UGFyYWdyYXBoOjk",
      "number": 9,
      "text": "Cde. Mao Zedong said that, having studying the additional facts which had become known to them about the activity of this group, they came to the conclusion that the Korean officials from this group who had gone to China last year had described the situation in the KWP one-sidedly in their letter to the CPC CC, emphasizing only individual shortcomings and mistakes in the work of the Korean leadership. The visit to the DPRK last September by CPC CC Politburo member Cde. Peng Dehuai could be assessed as interference in the internal affairs of the KWP. Therefore we have decided not to resort to such actions any more. There can be shortcomings and mistakes in work in every Party, which they have to correct themselves. You had high-handed methods, you are correcting them, we had shortcomings in the CPC, we criticized ourselves, we were criticized, we also are correcting the shortcomings. The main thing is that there be friendly relations and complete mutual understanding between our Parties.",
      "authorText": "Cde. Mao Zedong said that, having studying the additional facts which had become known to them about the activity of this group, they came to the conclusion that the Korean officials from this group who had gone to China last year had described the situation in the KWP one-sidedly in their letter to the CPC CC, emphasizing only individual shortcomings and mistakes in the work of the Korean leadership. The visit to the DPRK last September by CPC CC Politburo member Cde. Peng Dehuai could be assessed as interference in the internal affairs of the KWP. Therefore we have decided not to resort to such actions any more. There can be shortcomings and mistakes in work in every Party, which they have to correct themselves. You had high-handed methods, you are correcting them, we had shortcomings in the CPC, we criticized ourselves, we were criticized, we also are correcting the shortcomings. The main thing is that there be friendly relations and complete mutual understanding between our Parties.",
      "notes": []
    },
    {
      "id": "UGFyYWdyYXBoOjEw",
      "number": 10,
      "text": "In reply to this comment by Cde. Mao Zedong Cde. Kim Il Sung said that some of our comrades actually tried to assess the arrival as interference in the internal affairs of the Party but we considered this as the friendly advice of two fraternal Communist Parties and set as our main goal the preservation of normal, good relations between our fraternal Communist Parties. We have pursued this in practice. We completely support the CPC and CPSU policy in everything. For example, we immediately and vigorously supported CPSU policy during the Hungarian events. All the Party and our people also supported us in this matter.",
      "authorText": "In reply to this comment by Cde. Mao Zedong Cde. Kim Il Sung said that some of our comrades actually tried to assess the arrival as interference in the internal affairs of the Party but we considered this as the friendly advice of two fraternal Communist Parties and set as our main goal the preservation of normal, good relations between our fraternal Communist Parties. We have pursued this in practice. We completely support the CPC and CPSU policy in everything. For example, we immediately and vigorously supported CPSU policy during the Hungarian events. All the Party and our people also supported us in this matter.",
      "notes": []
    },
    {
      "id": "UGFyYWdyYXBoOjIw",
      "number": 20,
      "text": "At the end of the conversation Cde. Kim Il Sung provided information that after the planned meetings and conversation with Cde. N. S. Khrushchev are held they would like to immediately return to the DPRK to convene a KWP CC plenum as quickly as possible with broad attendance of Party activists [s shirokim partiynym aktivom]. At the plenum Cde. Kim Il Sung intends to give a report about the results of the trip by the Party-government delegation to celebrate the 40th anniversary of Great October, talk about Cde. N. S. Khrushchev's report at the anniversary session of the USSR Supreme Soviet, and about the documents which will be adopted at meetings. They attach very great importance to this and want to stir the Party and people to a successful solution of the immediate tasks of socialist development in the DPRK.",
      "authorText": "At the end of the conversation Cde. Kim Il Sung provided information that after the planned meetings and conversation with Cde. N. S. Khrushchev are held they would like to immediately return to the DPRK to convene a KWP CC plenum as quickly as possible with broad attendance of Party activists. At the plenum Cde. Kim Il Sung intends to give a report about the results of the trip by the Party-government delegation to celebrate the 40th anniversary of Great October, talk about Cde. N. S. Khrushchev's report at the anniversary session of the USSR Supreme Soviet, and about the documents which will be adopted at meetings. They attach very great importance to this and want to stir the Party and people to a successful solution of the immediate tasks of socialist development in the DPRK.",
      "notes": [
        {
          "id": "RWRpdG9yaWFsTm90ZTo1",
          "kind": "ORIGINAL_LANGUAGE",
          "quote": "[s shirokim partiynym aktivom]",
          "start": 295,
          "end": 325,
          "explanation": "This bracket, added by the translator, gives the original Russian words in Latin letters: \"s shirokim partiynym aktivom\" means \"with the broad Party aktiv\". The aktiv was a party's body of active members and officials who were brought in and briefed at enlarged meetings; the translator probably kept the Russian because \"Party activists\" does not quite capture it. A KWP CC plenum with about 1,500 people present did meet on 5-6 December 1957 and approved the Moscow documents, very likely the meeting Kim is announcing here (an inference, not stated in this record).",
          "parentId": null
        }
      ]
    },
    {
      "id": "UGFyYWdyYXBoOjIy",
      "number": 22,
      "text": "[signature] (A. PUZANOV)",
      "authorText": "(A. PUZANOV)",
      "notes": [
        {
          "id": "RWRpdG9yaWFsTm90ZTo2",
          "kind": "ARCHIVAL_MARK",
          "quote": "[signature]",
          "start": 0,
          "end": 11,
          "explanation": "The translator uses this bracket to show where the Russian original has Puzanov's handwritten signature, which cannot be reproduced in a typed translation. The signature, above his printed name and his title \"Soviet Ambassador in the DPRK\" (¶21), shows that the ambassador himself signed off on this record as an official report. It was made in 1957; only the word in brackets is the translator's.",
          "parentId": null
        }
      ]
    },
    {
      "id": "UGFyYWdyYXBoOjI2",
      "number": 26,
      "text": "3 - Cde. Zakharov",
      "authorText": "3 - Cde. Zakharov",
      "notes": []
    }
  ],
  "people": [
    {
      "id": "UGVyc29uOjE",
      "slug": "puzanov",
      "name": "A. M. Puzanov",
      "role": "Soviet Ambassador to the DPRK (North Korea)",
      "description": "Aleksandr Mikhailovich Puzanov was the Soviet Union's ambassador in North Korea from 1957 to 1962; before that he had been a senior Soviet government official in the Russian republic. He is the author of this record: it comes \"from the journal\" he kept as ambassador (¶1), he signed it as \"Soviet Ambassador in the DPRK\" (¶21-22), and he appears in the text as the \"me\" to whom Kim Il Sung was speaking (¶7). Everything we read about Kim's talk with Mao therefore reaches us through Puzanov's summary for his own ministry.",
      "identified": true,
      "paragraphNumbers": [
        1,
        22
      ],
      "mentions": [
        {
          "paragraphNumber": 1,
          "start": 55,
          "end": 68
        },
        {
          "paragraphNumber": 22,
          "start": 13,
          "end": 23
        }
      ]
    },
    {
      "id": "UGVyc29uOjI",
      "slug": "kim-il-sung",
      "name": "Kim Il Sung",
      "role": "Chairman of the Korean Workers' Party Central Committee and Premier of the DPRK",
      "description": "Kim Il Sung was the leader of North Korea, heading both its ruling party and its government. In this record he tells the Soviet ambassador about his meeting with Mao Zedong (¶4-13) and about what he plans to ask Khrushchev for: more cotton (¶15) and military reserves in case of attack (¶16). In August 1956 he had faced a challenge from critics inside his party, whom he calls the \"anti-Party group\" (¶8); his account of Mao's words also served his own interests, so historians read it with care.",
      "identified": true,
      "paragraphNumbers": [
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        10,
        11,
        13,
        14,
        17,
        19,
        20
      ],
      "mentions": [
        {
          "paragraphNumber": 3,
          "start": 71,
          "end": 82
        },
        {
          "paragraphNumber": 10,
          "start": 49,
          "end": 60
        },
        {
          "paragraphNumber": 20,
          "start": 36,
          "end": 47
        },
        {
          "paragraphNumber": 20,
          "start": 346,
          "end": 357
        }
      ]
    },
    {
      "id": "UGVyc29uOjM",
      "slug": "mao-zedong",
      "name": "Mao Zedong",
      "role": "Chairman of the Communist Party of China Central Committee and Chairman of the People's Republic of China",
      "description": "Mao Zedong was the leader of Communist China. He had flown to Moscow on 2 November 1957 for the 40th anniversary of the Russian Revolution and the meetings of communist parties held there. According to Kim's account, Mao offered to send Zhou Enlai and then to visit North Korea himself (¶5), admitted that Peng Dehuai's 1956 visit could be seen as \"interference\" (¶9), and suggested withdrawing the Chinese troops still in North Korea (¶12). We only hear Mao through Kim's retelling, written down by Puzanov, so this is better evidence of what Kim wanted Moscow to believe than of Mao's exact words.",
      "identified": true,
      "paragraphNumbers": [
        3,
        4,
        5,
        6,
        8,
        9,
        10,
        11,
        12,
        13
      ],
      "mentions": [
        {
          "paragraphNumber": 3,
          "start": 123,
          "end": 133
        },
        {
          "paragraphNumber": 3,
          "start": 148,
          "end": 151
        },
        {
          "paragraphNumber": 9,
          "start": 5,
          "end": 15
        },
        {
          "paragraphNumber": 10,
          "start": 33,
          "end": 43
        }
      ]
    },
    {
      "id": "UGVyc29uOjQ",
      "slug": "peng-dehuai",
      "name": "Peng Dehuai",
      "role": "Member of the Politburo of the Communist Party of China Central Committee and Minister of Defence of the PRC",
      "description": "Peng Dehuai was a senior Chinese general who had commanded the Chinese People's Volunteers in the Korean War and signed the 1953 armistice for them; from 1954 to 1959 he was China's Minister of Defence. In September 1956 he went to Pyongyang together with a Soviet delegation led by Mikoyan; this joint Soviet-Chinese mission pressed Kim Il Sung to reverse the punishment of his critics. In this record Mao is reported as saying that Peng's visit \"could be assessed as interference in the internal affairs\" of the Korean party (¶9); the document names only Peng, not Mikoyan.",
      "identified": true,
      "paragraphNumbers": [
        9
      ],
      "mentions": [
        {
          "paragraphNumber": 9,
          "start": 474,
          "end": 485
        }
      ]
    },
    {
      "id": "UGVyc29uOjEw",
      "slug": "zakharov",
      "name": "Zakharov",
      "role": "Official on the distribution list; not identified",
      "description": "The distribution list sends the record to a \"Cde. Zakharov\" (¶26), but this person has not been identified: searches found no Soviet Foreign Ministry official of that name in 1957. Students should not guess who he was; sharing a surname with a better-known person is not evidence. An unidentified name is an open question that a historian leaves open until new evidence turns up.",
      "identified": false,
      "paragraphNumbers": [
        26
      ],
      "mentions": [
        {
          "paragraphNumber": 26,
          "start": 9,
          "end": 17
        }
      ]
    }
  ],
  "glossary": [
    {
      "id": "R2xvc3NhcnlUZXJtOjE",
      "slug": "kwp",
      "term": "KWP",
      "definition": "Korean Workers' Party (also translated Workers' Party of Korea), the communist party that ruled North Korea. Kim Il Sung was the chairman of its Central Committee.",
      "paragraphNumbers": [
        8,
        9,
        14,
        20
      ],
      "mentions": [
        {
          "paragraphNumber": 9,
          "start": 266,
          "end": 269
        },
        {
          "paragraphNumber": 9,
          "start": 551,
          "end": 554
        },
        {
          "paragraphNumber": 20,
          "start": 217,
          "end": 220
        }
      ]
    },
    {
      "id": "R2xvc3NhcnlUZXJtOjEz",
      "slug": "aktiv",
      "term": "aktiv",
      "definition": "A Russian word for a party's active members and officials, the people who were called in and briefed at enlarged meetings. The translator renders it as \"Party activists\" but also gives the Russian phrase, because there is no exact English equivalent (¶20).",
      "paragraphNumbers": [
        20
      ],
      "mentions": [
        {
          "paragraphNumber": 20,
          "start": 279,
          "end": 294
        },
        {
          "paragraphNumber": 20,
          "start": 307,
          "end": 324
        }
      ]
    },
    {
      "id": "R2xvc3NhcnlUZXJtOjE0",
      "slug": "cde",
      "term": "Cde.",
      "definition": "Short for \"Comrade\", the usual way communists addressed and referred to each other. It says nothing about rank: the record uses it both for Mao Zedong (¶4) and for the officials on the distribution list (¶24-27).",
      "paragraphNumbers": [
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        16,
        17,
        18,
        19,
        20,
        24,
        25,
        26,
        27
      ],
      "mentions": [
        {
          "paragraphNumber": 3,
          "start": 66,
          "end": 70
        },
        {
          "paragraphNumber": 3,
          "start": 118,
          "end": 122
        },
        {
          "paragraphNumber": 3,
          "start": 236,
          "end": 240
        },
        {
          "paragraphNumber": 9,
          "start": 0,
          "end": 4
        },
        {
          "paragraphNumber": 9,
          "start": 469,
          "end": 473
        },
        {
          "paragraphNumber": 10,
          "start": 28,
          "end": 32
        },
        {
          "paragraphNumber": 10,
          "start": 44,
          "end": 48
        },
        {
          "paragraphNumber": 20,
          "start": 31,
          "end": 35
        },
        {
          "paragraphNumber": 20,
          "start": 123,
          "end": 127
        },
        {
          "paragraphNumber": 20,
          "start": 341,
          "end": 345
        },
        {
          "paragraphNumber": 20,
          "start": 511,
          "end": 515
        },
        {
          "paragraphNumber": 26,
          "start": 4,
          "end": 8
        }
      ]
    },
    {
      "id": "R2xvc3NhcnlUZXJtOjE5",
      "slug": "interference-in-internal-affairs",
      "term": "interference in the internal affairs",
      "definition": "Meddling in matters that another state or party should decide for itself. In ¶9 Mao is reported as saying that Peng Dehuai's 1956 visit could be seen this way; in ¶10 Kim says he took it as friendly advice. In 1956 Kim had reportedly used the same phrase privately about the Soviet and Chinese visit (a second-hand report).",
      "paragraphNumbers": [
        9,
        10
      ],
      "mentions": [
        {
          "paragraphNumber": 9,
          "start": 507,
          "end": 543
        },
        {
          "paragraphNumber": 10,
          "start": 132,
          "end": 168
        }
      ]
    }
  ]
};

export const paragraph = (n: number) => {
  const found = DOCUMENT.paragraphs.find((p) => p.number === n);
  if (!found) throw new Error(`no ¶${n} in the fixture`);
  return found;
};
