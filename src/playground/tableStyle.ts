// How an Excel built-in table style looks, approximately: the header fill and font and the band
// colour, from the style's family (Light/Medium/Dark) and its colour (1–7 cycle through the
// default Office theme: neutral, then accents 1–6).

export interface TableLook {
  headerFill: string | null;
  headerColor: string;
  headerBorder: string;
  bandFill: string;
}

const ACCENTS = ['#7F7F7F', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const TINTS = ['#D9D9D9', '#D9E1F2', '#FCE4D6', '#EDEDED', '#FFF2CC', '#DDEBF7', '#E2EFDA'];

export function tableStyle(style: string): TableLook {
  const m = /^TableStyle(Light|Medium|Dark)(\d+)$/i.exec(style.trim());
  if (!m) return tableStyle('TableStyleMedium2');
  const family = m[1].toLowerCase();
  const k = (Number(m[2]) - 1) % 7;
  if (family === 'light') {
    return { headerFill: null, headerColor: '#000000', headerBorder: ACCENTS[k], bandFill: TINTS[k] };
  }
  if (family === 'dark') {
    return { headerFill: '#000000', headerColor: '#FFFFFF', headerBorder: '#000000', bandFill: ACCENTS[k] + '66' };
  }
  return { headerFill: ACCENTS[k], headerColor: '#FFFFFF', headerBorder: ACCENTS[k], bandFill: TINTS[k] };
}
