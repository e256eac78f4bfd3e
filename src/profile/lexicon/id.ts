// Indonesian (Bahasa Indonesia): LinkedIn's Indonesian export ("Pengalaman", "Oktober 2024 - Saat ini (1 tahun)")
// and Indonesian CVs. Two-letter legal forms ("PT", "CV") are left out: they are also "physical therapist" and the
// document's own name.
import type { Lexicon } from './types.js';

export const ID: Lexicon = {
  lang: 'id',
  sections: {
    contact: ['hubungi', 'kontak', 'informasi kontak', 'data diri', 'data pribadi'],
    summary: ['ringkasan', 'tentang saya', 'profil singkat'],
    experience: ['pengalaman', 'pengalaman kerja', 'riwayat pekerjaan', 'pengalaman profesional'],
    education: ['pendidikan', 'riwayat pendidikan', 'pendidikan formal'],
    skills: ['keahlian', 'keahlian teratas', 'keterampilan', 'kemampuan'],
    projects: ['proyek', 'projek', 'portofolio'],
    publications: ['publikasi'],
    certifications: ['sertifikasi', 'sertifikat', 'pelatihan', 'kursus'],
    awards: ['penghargaan', 'prestasi', 'penghargaan dan prestasi'],
    volunteering: ['pengalaman organisasi', 'organisasi', 'kegiatan sukarela', 'pengalaman relawan', 'kepanitiaan'],
    languages: ['bahasa', 'kemampuan bahasa'],
    other: ['minat', 'hobi', 'referensi', 'informasi tambahan'],
  },
  titleWords: [
    'staf', 'karyawan', 'pegawai', 'magang', 'guru', 'dosen', 'asisten', 'pengajar', 'kepala', 'ketua', 'wakil ketua',
    'anggota', 'sekretaris', 'bendahara', 'pengembang', 'insinyur', 'analis', 'konsultan', 'manajer', 'direktur',
    'relawan', 'sukarelawan', 'peneliti', 'mahasiswa', 'pustakawan', 'teknisi', 'koordinator', 'pendiri', 'penulis',
    'perawat', 'apoteker', 'akuntan', 'pramuniaga', 'kasir', 'desainer', 'programmer',
  ],
  titleQualifiers: ['data', 'penelitian', 'produk', 'penjualan', 'pemasaran', 'keuangan', 'dan'],
  orgWords: [
    'tbk', 'persero', 'universitas', 'institut', 'politeknik', 'sekolah tinggi', 'sekolah', 'yayasan', 'kementerian',
    'dinas', 'badan', 'rumah sakit', 'koperasi', 'komunitas', 'himpunan',
  ],
  countries: ['indonesia', 'malaysia', 'singapura', 'jepang', 'belanda', 'amerika serikat', 'jawa barat', 'jawa tengah', 'jawa timur'],
  places: ['bandung', 'surabaya', 'yogyakarta', 'semarang', 'medan', 'makassar', 'denpasar', 'bekasi', 'tangerang', 'depok', 'bogor', 'jarak jauh'],
  atWords: ['pada'],
  columnLabels: ['perusahaan', 'jabatan', 'posisi', 'periode', 'lokasi'],
  employmentTypes: ['penuh waktu', 'paruh waktu', 'kontrak', 'pekerja lepas', 'wiraswasta'],
  internTitles: ['magang', 'pemagang', 'praktik kerja lapangan', 'praktik kerja industri', 'pkl'],
  academicTitles: ['asisten peneliti', 'asisten dosen', 'asisten laboratorium', 'mahasiswa doktoral'],
  teachingTitles: ['dosen', 'pengajar', 'guru besar'],
  academicOrgs: ['universitas', 'institut', 'politeknik', 'sekolah tinggi'],
  volunteerTitles: ['relawan', 'sukarelawan'],
  nonProfitOrgs: ['yayasan', 'komunitas', 'himpunan', 'perkumpulan', 'unit kegiatan mahasiswa'],
  boardRoles: ['ketua', 'wakil ketua', 'sekretaris', 'bendahara', 'anggota'],
  degreeWords: ['sarjana', 'magister', 'doktor', 'sma', 'smk', 'smp'],
  militaryWords: ['tni', 'tentara', 'angkatan darat', 'angkatan laut', 'angkatan udara'],
  militaryLookalikes: ['bala keselamatan'],
  careerBreaks: ['jeda karier', 'cuti melahirkan', 'cuti panjang'],
  titleOpeners: ['kepala', 'staf', 'asisten', 'wakil'],
  formLabels: {
    dates: ['tanggal', 'periode'],
    position: ['jabatan', 'posisi'],
    employer: ['nama perusahaan', 'perusahaan'],
    activities: ['tanggung jawab', 'deskripsi pekerjaan', 'uraian tugas'],
    sector: ['bidang usaha', 'industri'],
  },
};
