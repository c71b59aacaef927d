import { describe, expect, it } from 'vitest';
import { attachmentHeader, evidenceFileName, sniffEvidence } from './evidence.service.js';

describe('evidence documents', () => {
  it('knows a PDF, JPEG or PNG by its first bytes, whatever its name', () => {
    expect(sniffEvidence(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffEvidence(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('image/jpeg');
    expect(sniffEvidence(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('image/png');
    expect(sniffEvidence(Buffer.from('PK\u0003\u0004 a docx'))).toBeNull();
    expect(sniffEvidence(Buffer.from('%PDF-'))).toBeNull();
    expect(sniffEvidence('%PDF-1.7')).toBeNull();
  });

  it('keeps the last part of the name, without what a header or a file system would trip over, with the real extension', () => {
    expect(evidenceFileName('C:\\stukken\\Opnamebeleid 2026.pdf', 'application/pdf')).toBe('Opnamebeleid 2026.pdf');
    expect(evidenceFileName('../../etc/"passwd"', 'image/png')).toBe('passwd.png');
    expect(evidenceFileName('scan.docx', 'image/jpeg')).toBe('scan.jpg');
    expect(evidenceFileName('', 'application/pdf')).toBe('bewijsstuk.pdf');
    expect(evidenceFileName('a\u0000b\nc.pdf', 'application/pdf')).toBe('abc.pdf');
  });

  it('names a download in ASCII and in UTF-8', () => {
    expect(attachmentHeader('Veiligheidsbeleid één.pdf')).toBe(`attachment; filename="Veiligheidsbeleid een.pdf"; filename*=UTF-8''Veiligheidsbeleid%20%C3%A9%C3%A9n.pdf`);
  });
});
