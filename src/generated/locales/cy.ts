
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0382d73823585617': str`${0}: ${1}`,
's083e08deef388ef6': `Wrthi'n ailgysylltu… Bydd eich negeseuon yn cael eu hanfon pan fydd y cysylltiad yn ôl.`,
's0923762f953c122c': `Cyngor`,
's0a552e96950fee13': str`Sgwrsio gyda ${0}`,
's133594b633185ff6': str`Rydych chi nawr yn sgwrsio gyda ${0} o dîm ${1}.`,
's14392ac4b46e01b4': `Chi sydd nesaf yn y ciw.`,
's1df0750bf08af3d6': `Wedi ailgysylltu.`,
's20689be29b530b0e': `Ar-lein nawr`,
's29a0028ff18b6afb': str`Bydd y sgwrs hon yn cau ymhen ${0} am nad oes neb wedi ysgrifennu. Ysgrifennwch neges neu defnyddiwch ‘Cadw'r sgwrs ar agor’ i barhau.`,
's2baf90c3310f5d4b': `Wrthi'n eich cysylltu ag aelod o staff…`,
's2bfa22ebc6a38be5': str`Does neb wedi ysgrifennu ers tro, felly bydd y sgwrs hon yn cau ymhen ${0}.`,
's41b4752c216d0b66': `Sgwrs`,
's426946a4e2d93c3f': `Ni chafodd eich neges ei hanfon. Defnyddiwch ‘Rhowch gynnig arall arni’ i'w hanfon.`,
's4cfb7a285d1004cd': str`Mae ${0} o ${1} wedi ymuno â'r sgwrs.`,
's57ade424d57c6edf': `Wedi'i anfon`,
's57adf424d57c8a0f': `Anfon`,
's59762eaa69a60688': str`${0} munud`,
's5d3b4e5a45a7b742': `Cadw'r sgwrs ar agor`,
's606b0d540bda516b': `Mae'n ddrwg gennym, aeth rhywbeth o'i le gyda'r sgwrs. Rhowch gynnig arall arni mewn munud.`,
's6183667989bb3d19': `Cafodd y sgwrs ei chau.`,
's64cd378dc7a299d5': str`Mae ${0} wedi ymuno â'r sgwrs.`,
's6bf43baca05ce09e': `Ysgrifennwch eich cwestiwn isod a bydd aelod o staff yn ei ateb yma.`,
's6ead281adf0d371d': `Wrthi'n anfon…`,
's71b9f0ac36ba97f3': `Yn ôl i'ch sgwrs`,
's7311fb78e8a6ad5c': `Mae'n ddrwg gennym, nid oedd modd ailgysylltu â'ch sgwrs. Rhowch gynnig arall arni mewn munud.`,
's7579a4c571ac083f': str`Amser aros disgwyliedig: tua ${0}.`,
's7e76ef491e6fb090': `Pwyswch Enter i anfon, a Shift ac Enter am linell newydd.`,
's80fac3662ddd3dee': str`Rydych chi'n rhif ${0} yn y ciw.`,
's81fa26ccde47d6b4': `(yn agor mewn tab newydd)`,
's8711b6d19986833f': `Cafodd y sgwrs ei chau am nad oedd neb wedi ysgrifennu ers tro.`,
's8aab19cc91d1961d': `Cau ffenestr y sgwrs`,
's8d0c1902f9773c78': str`Rydych chi nawr yn sgwrsio gyda ${0}.`,
's8f683a1ebce3c4f4': `Peidiwch â rhannu manylion cerdyn banc yn y sgwrs.`,
'sae608113b7fa94b1': `Staff`,
'sb2aa51627b185bc2': `Rydych chi all-lein. Bydd eich negeseuon yn cael eu hanfon pan fyddwch chi ar-lein eto.`,
'sb2d8ab3ac7a9f1dd': `Eich neges`,
'sb5ff8695d2a521a9': `Yn aros am aelod o staff…`,
'sb7c0e32295e0a279': str`Gwe-sgwrs gyda ${0}`,
'sbad623ddf687e360': `Dechrau sgwrs newydd`,
'sbbc07bbc19a80040': `Gorffen y sgwrs`,
'sbcb7fb5213ef49b6': `Mae'n ddrwg gennym, nid oedd modd dechrau sgwrs. Rhowch gynnig arall arni mewn munud.`,
'sc1e85bbc48f77efe': `Eich cwestiwn`,
'sc99375b026ec4d66': `Gofynnwch gwestiwn a bydd aelod o staff yn ateb.`,
'scb6a9c1a1757adbc': `Chi`,
'scd1dd6ff53d0d01a': `Rhowch gynnig arall arni`,
'scdd4ff5a3bf49399': `Mae'r sgwrs hon wedi dod i ben.`,
'scfbdcb90eeea0323': `Fe wnaethoch chi orffen y sgwrs.`,
'sd876a73725b694ae': `Heb ei anfon.`,
'se559847cc97c3cc0': `Gadael neges`,
'se7e1ababbc4868b8': str`${0} eiliad`,
'sf0b189139eea55a2': `Mae'r we-sgwrs ar gau ar hyn o bryd. Rhowch gynnig arall arni yn ystod yr oriau agor.`,
'sf5e488d4fe043ba0': str`Mae ${0} yn teipio…`,
'sfe7cdab661750738': str`Croeso i we-sgwrs ${0}.`,
'sff439e0af997e9e6': `Daeth y staff â'r sgwrs i ben.`,
    };
  