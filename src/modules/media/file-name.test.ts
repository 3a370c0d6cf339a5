import { describe, expect, it } from 'vitest';
import { cleanFileName, FALLBACK_NAME, MAX_NAME_LENGTH } from './file-name.ts';

describe('cleanFileName', () => {
  it('keeps an ordinary Vietnamese name, normalised to NFC', () => {
    const decomposed = 'Ảnh lễ hội.jpg'.normalize('NFD');
    // Normalising is not a change worth reporting to the person.
    expect(cleanFileName(decomposed)).toEqual({ name: 'Ảnh lễ hội.jpg'.normalize('NFC'), changed: false });
    expect(cleanFileName('Báo cáo 2026.pdf')).toEqual({ name: 'Báo cáo 2026.pdf', changed: false });
  });

  it('drops path parts, Unix and Windows', () => {
    expect(cleanFileName('../../etc/passwd.jpg').name).toBe('passwd.jpg');
    expect(cleanFileName('C:\\Users\\An\\Desktop\\anh.png').name).toBe('anh.png');
    expect(cleanFileName('..\\..\\windows\\win.ini').name).toBe('win.ini');
    expect(cleanFileName('/etc/').name).toBe(FALLBACK_NAME);
    expect(cleanFileName('..').name).toBe(FALLBACK_NAME);
    expect(cleanFileName('../../etc/passwd.jpg').changed).toBe(true);
  });

  it('strips control and bidirectional formatting characters', () => {
    expect(cleanFileName('bao\u0000cao\r\n.pdf').name).toBe('baocao.pdf');
    expect(cleanFileName('anh\u202Egpj.exe').name).toBe('anhgpj.exe');
    expect(cleanFileName('\u200Bten\u00ADtep.docx').name).toBe('tentep.docx');
  });

  it('trims leading dots and spaces, collapses whitespace', () => {
    expect(cleanFileName('  .htaccess').name).toBe('htaccess');
    expect(cleanFileName('ảnh   đẹp\t.jpg').name).toBe('ảnh đẹp.jpg');
    expect(cleanFileName('').name).toBe(FALLBACK_NAME);
  });

  it('shortens long names but keeps the extension', () => {
    const cleaned = cleanFileName(`${'dài'.repeat(200)}.xlsx`).name;
    expect(cleaned.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(cleaned.endsWith('.xlsx')).toBe(true);
  });
});
