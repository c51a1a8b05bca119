"""One translation table for UI labels: Bahasa Indonesia first, English when `lang=en`."""
from __future__ import annotations

TEKS: dict[str, tuple[str, str]] = {
    "judul_app": ("Peta Kesenjangan Gender Kalimantan Tengah", "Gender Gap Map of Central Kalimantan"),
    "ringkasan": ("Ringkasan Kalteng", "Kalteng Overview"),
    # IKG components as indices.NAMA_KOMPONEN_IKG names them (listed when missing from the data)
    "MTF (persalinan tidak di fasilitas kesehatan)": ("MTF (persalinan tidak di fasilitas kesehatan)",
                                                      "MTF (last live birth not in a health facility)"),
    "MHPK20 (melahirkan hidup pertama sebelum umur 20)": ("MHPK20 (melahirkan hidup pertama sebelum umur 20)",
                                                          "MHPK20 (first live birth before age 20)"),
    "keterwakilan perempuan di parlemen": ("keterwakilan perempuan di parlemen", "women's share of parliament seats"),
    "penduduk 25+ berpendidikan SMA ke atas (L/P)": ("penduduk 25+ berpendidikan SMA ke atas (L/P)",
                                                     "population 25+ with upper-secondary education (M/F)"),
    "TPAK (L/P)": ("TPAK (L/P)", "labour force participation (M/F)"),
    "menu_Peta_dan_Peringkat": ("Peta dan Peringkat", "Map and Ranking"),
    "menu_Bandingkan": ("Bandingkan", "Compare"),
    "menu_Kesenjangan_per_Sektor": ("Kesenjangan per Sektor", "Gaps by Sector"),
    "menu_Profil_Wilayah": ("Profil Wilayah", "Regional Profile"),
    "menu_Data_dan_Metadata": ("Data dan Metadata", "Data and Metadata"),
    "menu_Indeks_Komposit": ("Indeks Komposit", "Composite Indices"),
    "menu_Perbarui_Data": ("Perbarui Data", "Update Data"),
    "menu_Ringkasan_Pimpinan": ("Ringkasan Pimpinan", "Leaders' Brief"),
    "intro": ("Kesenjangan perempuan dan laki-laki per sektor di 14 kabupaten/kota Kalimantan Tengah, dari angka "
              "yang dipublikasikan (BPS, DP3APPKB, dan sumber lain yang dicantumkan).",
              "The gap between women and men by sector across the 14 regencies/cities of Central Kalimantan, "
              "from published figures (BPS, DP3APPKB and the other sources cited)."),
    "indikator": ("Indikator", "Indicator"),
    "tahun": ("Tahun", "Year"),
    "tahun_terbaru": ("Terbaru per wilayah", "Latest per region"),
    "semua_tahun": ("Tahun mana pun", "Any year"),
    "tampilan": ("Tampilkan", "Show"),
    "wilayah": ("Wilayah", "Region"),
    "sektor": ("Sektor", "Sector"),
    "sumber": ("Sumber", "Source"),
    "nasional": ("Nasional", "National"),
    "provinsi": ("Kalteng", "Kalteng"),
    "tabel": ("Tabel data yang digambar", "Table of the data drawn"),
    "kartu_kesenjangan": ("Di mana perempuan tertinggal: Kalimantan Tengah per sektor",
                          "Where women lag men: Central Kalimantan by sector"),
    "kartu_kesenjangan_ket": ("Per sektor, ukuran dengan jarak terjauh dari kesetaraan (rasio P/L; 1 = setara) pada "
                              "tahun terbaru yang punya angka perempuan dan laki-laki. Jumlah kasus tidak "
                              "dibandingkan: laporan bukan prevalensi. Angka Indonesia ditampilkan bila terbit "
                              "menurut jenis kelamin pada tahun yang sama.",
                              "Per sector, the measures furthest from parity (F/M ratio; 1 = parity) in the latest "
                              "year with female and male figures. Case counts are not compared: reports are not "
                              "prevalence. Indonesia's figures are shown where published by sex for the same year."),
    "terjauh_judul": ("Kabupaten/kota terjauh dari kesetaraan (indeks komposit BPS)",
                      "Regencies/cities furthest from parity (BPS composite indices)"),
    "terjauh_ikg": ("tertinggi = paling timpang", "highest = most unequal"),
    "terjauh_ipg": ("terendah = perempuan paling tertinggal", "lowest = women furthest behind"),
    "terjauh_idg": ("terendah = pemberdayaan paling rendah", "lowest = least empowerment"),
    "perubahan_judul": ("Perubahan terbesar terakhir", "Largest recent changes"),
    "hanya_perempuan": ("(diukur pada perempuan saja)", "(measured on women only)"),
    "pangsa_turunan": ("pangsa laki-laki = 100 − pangsa perempuan", "men's share = 100 − women's share"),
    "rasio_pl": ("rasio P/L", "F/M ratio"),
    "perempuan": ("perempuan", "women"),
    "laki_laki": ("laki-laki", "men"),
    "peta_judul": ("Peta kabupaten/kota", "Regency/city map"),
    "cakupan_judul": ("Cakupan data: indikator × wilayah", "Data coverage: indicator × region"),
    "cakupan_ket": ("Angka = banyaknya tahun yang punya data terbit; kosong = belum ada data. Peta yang abu-abu "
                    "berarti datanya memang belum tersedia, bukan galat.",
                    "Number = years with published data; blank = none yet. A grey map means the data do not exist "
                    "yet, not a bug."),
    "P": ("Perempuan (P)", "Female (P)"),
    "L": ("Laki-laki (L)", "Male (L)"),
    "T": ("Total (L+P)", "Total (M+F)"),
    "gap": ("Kesenjangan (P − L)", "Gap (F − M)"),
    "rasio": ("Rasio (P / L)", "Ratio (F / M)"),
    "tidak_tersedia": ("data tidak tersedia", "data not available"),
    "sejak": ("sejak", "since"),
    "data_ditolak": ("Data tidak dapat dimuat", "Data could not be loaded"),
    "indeks_komposit": ("Indeks komposit", "Composite indices"),
    "kesehatan": ("Kesehatan", "Health"),
    "pendidikan": ("Pendidikan", "Education"),
    "ekonomi": ("Ekonomi & ketenagakerjaan", "Economy & labour"),
    "politik": ("Politik & pengambilan keputusan", "Politics & decision-making"),
    "perlindungan": ("Perlindungan perempuan & anak", "Protection of women & children"),
    "demografi": ("Demografi", "Demography"),
    "bahasa": ("Bahasa", "Language"),
    "imp_token": ("Token petugas data (wajib untuk menerapkan atau memulihkan)",
                  "Data officer token (required to apply or restore)"),
    "imp_token_salah": ("Token salah: pratinjau tetap bisa dilihat, tetapi data tidak dapat diubah.",
                        "Wrong token: the preview is still shown, but the data cannot be changed."),
    "imp_mode_lokal": ("Mode lokal: siapa pun yang membuka halaman ini dapat menerapkan data. Di server bersama, "
                       "atur variabel lingkungan KALTENG_TOKEN_PERBARUI agar penerapan memerlukan token.",
                       "Local mode: anyone who opens this page can apply data. On a shared server set the "
                       "KALTENG_TOKEN_PERBARUI environment variable so that applying needs a token."),
    "imp_token_kosong": ("KALTENG_TOKEN_PERBARUI diatur tetapi kosong: data tidak dapat diubah dari halaman ini. "
                         "Isi variabel itu dengan token, atau hapus sama sekali untuk mode lokal, lalu jalankan ulang "
                         "dasbor.",
                         "KALTENG_TOKEN_PERBARUI is set but blank: the data cannot be changed from this page. Give "
                         "it a token, or remove it altogether for local mode, then restart the dashboard."),
    "imp_khusus_petugas": ("Cadangan dan riwayat pembaruan hanya tampil untuk petugas data (masukkan token di atas).",
                           "Backups and the update history are shown to data officers only (enter the token "
                           "above)."),
    # page 8 (leaders' brief)
    "judul_pimpinan": ("Ringkasan Pimpinan", "Leaders' Brief"),
    "pimpinan_intro": ("Satu halaman untuk rapat: indeks utama, kesenjangan terlebar, yang membaik, dan posisi "
                       "wilayah, semuanya dari angka terbit. Cetak dari browser (A4 tegak) atau unduh PDF.",
                       "One page for a meeting: headline indices, widest gaps, what improved and where the region "
                       "stands, all from published figures. Print from the browser (A4 portrait) or download "
                       "the PDF."),
    "pokok": ("Pokok-pokok", "Key points"),
    "kesenjangan_terlebar": ("Tiga kesenjangan terlebar (jarak dari setara, semua sektor)",
                             "The three widest gaps (distance from parity, all sectors)"),
    "paling_membaik": ("Ukuran gender yang paling mendekati setara sejak tahun terbit sebelumnya",
                       "Gender measures that moved most towards parity since the previous published year"),
    "unduh_semua": ("Unduh 15 ringkasan (PDF)", "Download all 15 briefs (PDF)"),
    "unduh_semua_ket": ("Kalimantan Tengah dan 14 kab/kota, satu halaman per wilayah; dibuat saat diklik "
                        "(sekitar 20 detik).", "Kalimantan Tengah and the 14 regencies/cities, one page each; made "
                        "when clicked (about 20 seconds)."),
    "grafik_sama_tabel": ("Grafik menggambar persis angka P dan L pada tabel di atasnya.",
                          "The chart draws exactly the female and male values of the table above."),
    "kabkota_terbaik": ("Kabupaten/kota terbaik dan terburuk", "Best and worst regencies/cities"),
    "peringkat_14": ("Peringkat di antara 14 kabupaten/kota", "Rank among the 14 regencies/cities"),
    "unduh_pdf": ("Unduh PDF", "Download PDF"),
    "lokasi": ("Lokasi", "Location"),
    # pages 1, 2, 5 (map & ranking, trend, data & metadata)
    "peta_peringkat": ("Peta & Peringkat", "Map & Ranking"),
    "tren_judul": ("Tren", "Trend"),
    "data_metadata": ("Data & Metadata", "Data & Metadata"),
    "semua_sektor": ("Semua sektor", "All sectors"),
    "semua_indikator": ("Semua indikator", "All indicators"),
    "semua_wilayah": ("Semua wilayah (kosongkan pilihan)", "All regions (leave empty)"),
    "wilayah_terpilih": ("Wilayah terpilih", "Selected region"),
    "klik_peta": ("Klik wilayah di peta untuk memilihnya, atau pakai kotak pilihan.",
                  "Click a region on the map to select it, or use the select box."),
    "peringkat_judul": ("Peringkat", "Ranking"),
    "peringkat": ("Peringkat", "Rank"),
    "disamarkan": ("disamarkan", "withheld"),
    "satuan": ("Satuan", "Unit"),
    "lainnya": ("lainnya", "more"),
    "perubahan_naik": ("{nama} naik dari {a} ({ta}) menjadi {b} ({tb}).", "{nama} rose from {a} ({ta}) to {b} ({tb})."),
    "perubahan_turun": ("{nama} turun dari {a} ({ta}) menjadi {b} ({tb}).",
                        "{nama} fell from {a} ({ta}) to {b} ({tb})."),
    "di_dprd_provinsi": (" provinsi", " (province)"),
    "definisi": ("Definisi", "Definition"),
    "produsen": ("Produsen", "Producer"),
    "peta_kosong": ("Untuk indikator ini belum ada angka terbit di tingkat kabupaten/kota (data tidak tersedia); "
                    "lihat matriks cakupan di bawah.", "No regency/city figure has been published for this "
                    "indicator yet (data not available); see the coverage matrix below."),
    "tidak_diperingkat": ("Tidak diperingkat: jumlah laporan atau kasus bukan prevalensi, sehingga angka rendah "
                          "belum tentu lebih baik.", "Not ranked: counts of reports or cases are not prevalence, so "
                          "a low count is not necessarily better."),
    "dari_berdata": ("dari {n} kab/kota yang punya data", "of {n} regencies/cities with data"),
    "urut_naik": ("1 = nilai tertinggi (lebih tinggi lebih baik)", "1 = highest value (higher is better)"),
    "urut_turun": ("1 = nilai terendah (lebih rendah lebih baik)", "1 = lowest value (lower is better)"),
    "urut_netral": ("1 = nilai terbesar (bukan penilaian baik/buruk)", "1 = largest value (not a judgement)"),
    "urut_gap": ("1 = paling dekat kesetaraan (selisih 0)", "1 = closest to parity (gap 0)"),
    "urut_rasio": ("1 = paling dekat kesetaraan (rasio 1)", "1 = closest to parity (ratio 1)"),
    "profil_link": ("Buka profil {w}", "Open the profile of {w}"),
    "acuan_tahun_sama": ("Garis putus-putus: Kalteng dan Indonesia pada tahun yang sama (bila terbit).",
                         "Dashed lines: Kalteng and Indonesia in the same year (when published)."),
    "tanpa_kab": ("Untuk indikator dan tahun ini belum ada angka terbit di tingkat kabupaten/kota.",
                  "No regency/city figure has been published for this indicator and year."),
    "wilayah_tren": ("Kabupaten/kota", "Regencies/cities"),
    "tren_acuan": ("Kalteng dan Indonesia digambar putus-putus sebagai pembanding.",
                   "Kalteng and Indonesia are drawn dashed as benchmarks."),
    "tren_putus": ("Garis terputus pada tahun tanpa angka terbit; titik tidak disambung melewati tahun kosong.",
                   "Lines break at years without a published figure; points are not joined across empty years."),
    "patahan_metode": ("Ada juga seri \"{lain}\" yang dihitung dengan metode lain (patahan metode); kedua seri "
                       "tidak sebanding dan tidak digabung.",
                       "A separate series \"{lain}\" exists on another method (method break); the two are not "
                       "comparable and are not joined."),
    "laporan_bukan_prevalensi": ("Angka kekerasan adalah laporan yang tercatat, bukan prevalensi: naik-turunnya "
                                 "bisa mencerminkan keberanian melapor dan layanan, bukan hanya kejadian.",
                                 "Violence figures are recorded reports, not prevalence: changes can reflect "
                                 "reporting and services, not only incidence."),
    "tanpa_data_wilayah": ("Tanpa angka terbit untuk indikator ini: {w}.", "No published figure for this "
                           "indicator: {w}."),
    "rentang_tahun": ("Rentang tahun", "Year range"),
    # page 2 (comparison view)
    "banding_judul": ("Bandingkan", "Compare"),
    "banding_intro": ("Satu indikator, perempuan dan laki-laki, untuk wilayah yang Anda pilih dan Kalteng serta "
                      "Indonesia, dari tahun ke tahun. Grafik, peta dan tabel memakai pilihan yang sama; unduhan "
                      "ada di sampingnya (di layar sempit: di bawahnya).",
                      "One indicator, women and men, for the regions you choose and Kalteng and Indonesia, year by "
                      "year. Chart, map and table show the same selection; the download is beside them (below on a "
                      "narrow screen)."),
    "banding_wilayah": ("Wilayah (kabupaten/kota, Kalteng, Indonesia)", "Regions (regencies, Kalteng, Indonesia)"),
    "banding_grafik_judul": ("{ind}: {jk}, {a}–{b} ({satuan})", "{ind}: {jk}, {a}–{b} ({satuan})"),
    "banding_pl": ("perempuan dan laki-laki", "women and men"),
    "banding_total": ("total", "total"),
    "banding_gaya": ("Warna = wilayah. Garis utuh dengan bulatan = perempuan, garis putus-putus dengan kotak = "
                     "laki-laki. Garis terputus pada tahun tanpa angka terbit; satu titik = satu tahun terbit.",
                     "Colour = region. Solid line with circles = women, dashed line with squares = men. Lines "
                     "break at years without a published figure; a lone point is a single published year."),
    "banding_kosong": ("Data tidak tersedia untuk: {w} (indikator ini, {a}–{b}).",
                       "Data not available for: {w} (this indicator, {a}–{b})."),
    "banding_hanya_total": ("Hanya angka total (tanpa rincian perempuan dan laki-laki) untuk: {w}.",
                            "Only a total (no figure for women and men) for: {w}."),
    "banding_pilih": ("Pilih sedikitnya satu wilayah.", "Choose at least one region."),
    "tab_grafik": ("Grafik", "Chart"),
    "tab_peta": ("Peta", "Map"),
    "tab_tabel": ("Tabel", "Table"),
    "banding_peta_mode": ("Peta menampilkan", "The map shows"),
    "banding_peta_kosong": ("Belum ada angka kabupaten/kota untuk tampilan ini dalam rentang tahun terpilih.",
                            "No regency figure for this view in the chosen years."),
    "banding_tabel_ket": ("Selisih = P − L; rasio = P / L (1 = setara). Baris hanya untuk tahun yang punya angka "
                          "terbit.", "Gap = F − M; ratio = F / M (1 = parity). Rows only for years with a "
                          "published figure."),
    "unduh": ("Unduh", "Download"),
    "unduh_xlsx_kantor": ("Unduh XLSX", "Download XLSX"),
    "unduh_xlsx_ket": ("Berkas utama: tabel perbandingan, tabel lebar ala BPS (wilayah × tahun, P dan L), sumber "
                       "dan definisi, masing-masing dengan baris kutipan.",
                       "Main file: the comparison table, a BPS-style wide table (region × year, F and M), sources "
                       "and definition, each with a citation line."),
    "unduh_csv_id": ("CSV untuk Excel Indonesia", "CSV for Indonesian Excel"),
    "unduh_csv_lebar": ("CSV tabel lebar ala BPS", "CSV, BPS-style wide table"),
    "unduh_csv_ket": ("CSV memakai titik koma (;) dan koma desimal, sehingga Excel berbahasa Indonesia "
                      "membukanya langsung.", "The CSVs use semicolons and a decimal comma, so an "
                      "Indonesian-locale Excel opens them directly."),
    "kutip_sebagai": ("Kutip sebagai", "Cite as"),
    "baris": ("baris", "rows"),
    "unduh_csv": ("CSV untuk Excel Indonesia ({n} baris)", "CSV for Indonesian Excel ({n} rows)"),
    "unduh_xlsx": ("Unduh XLSX ({n} baris)", "Download XLSX ({n} rows)"),
    "unduh_csv_mesin": ("CSV titik desimal", "CSV, decimal point"),
    "unduh_ket": ("Berkas utama XLSX: data, definisi dan sumber, dengan judul dan baris kutipan di setiap lembar. "
                  "CSV memakai titik koma (;) dan koma desimal sehingga Excel berbahasa Indonesia langsung membacanya; "
                  "\"CSV titik desimal\" untuk perangkat lunak analisis. Semua berisi persis baris di tabel ini.",
                  "Main file XLSX: data, definitions and sources, with a title and a citation line on every sheet. "
                  "The CSV uses semicolons (;) and a decimal comma so that Excel in Indonesian opens it directly; "
                  "\"CSV, decimal point\" is for analysis software. All hold exactly the rows of this table."),
    "tabel_terfilter": ("Tabel data terfilter", "Filtered data table"),
    "definisi_judul": ("Definisi, satuan dan produsen", "Definitions, units and producers"),
    "sumber_judul": ("Sumber dan catatan asal-usul", "Sources and provenance notes"),
    "sumber_ket": ("Setiap sumber dinilai: resmi (tabel atau rilis resmi dibaca langsung), salinan resmi "
                   "(salinan verbatim tabel resmi yang dicek), berita (mengutip pejabat atau rilis resmi), "
                   "sekunder (kompilasi; tahun atau metode disimpulkan). Bila dua sumber berbeda, angka dari "
                   "sumber bertingkat lebih tinggi yang dipakai.",
                   "Every source is graded: official (table or release read directly), official copy (verbatim "
                   "copy of an official table, checked), press (quoting an official or release), secondary "
                   "(compilation; year or method inferred). Where two sources disagree, the better-graded one is "
                   "used."),
    "konteks_nasional": ("Posisi di Indonesia", "Position in Indonesia"),
    "provinsi_kalimantan": ("lima provinsi Kalimantan dan Indonesia", "the five Kalimantan provinces and Indonesia"),
    "konteks_ket": ("Peringkat dihitung dari tabel BPS untuk semua 514 kabupaten/kota dan semua provinsi pada "
                    "tahun yang sama; 1 = paling setara. Persentase = bagian kab/kota (atau provinsi) yang sama "
                    "timpangnya atau lebih.",
                    "Ranks computed from BPS's tables of all 514 regencies/cities and all provinces in the same "
                    "year; 1 = most equal. Percentage = share of regencies/cities (or provinces) at least as "
                    "unequal."),
    "hanya_resmi": ("Hanya angka resmi", "Official figures only"),
    "hanya_resmi_ket": ("Tampilkan hanya angka dari tabel/rilis resmi atau salinan verbatimnya.",
                        "Show only figures from official tables or releases, or verbatim copies of them."),
    "arah_naik": ("lebih tinggi lebih baik", "higher is better"),
    "arah_turun": ("lebih rendah lebih baik", "lower is better"),
    "arah_netral": ("netral", "neutral"),
    "tidak_ada_baris": ("Tidak ada baris yang cocok dengan filter ini.", "No rows match these filters."),
    "n_berdata": ("{n} dari 14 kabupaten/kota punya data; wilayah abu-abu: data tidak tersedia.",
                  "{n} of 14 regencies/cities have data; grey regions: data not available."),
    "acuan_jumlah": ("Kalteng dan Indonesia tidak digambar sebagai garis: untuk jumlah ({satuan}) angka provinsi "
                     "adalah total seluruh kab/kota, bukan pembanding.",
                     "Kalteng and Indonesia are not drawn as lines: for counts ({satuan}) the province figure is "
                     "the total of all regencies, not a benchmark."),
    # pages 3, 4, 6 (sector gaps, regional profile, composite indices)
    "judul_sektor": ("Kesenjangan per Sektor", "Gaps by Sector"),
    "judul_profil": ("Profil Wilayah", "Regional Profile"),
    "judul_komposit": ("Indeks Komposit", "Composite Indices"),
    "sektor_intro": ("Setiap indikator menurut jenis kelamin: nilai perempuan (P) dan laki-laki (L), selisih P − L "
                     "dalam satuan indikator, dan rasio P / L. Arah \"lebih baik\" diambil dari registry indikator.",
                     "Every by-sex indicator: female (P) and male (L) values, the gap P − L in the indicator's "
                     "unit, and the ratio P / L. The \"better\" direction comes from the indicator registry."),
    "heatmap_judul": ("Jarak dari kesetaraan", "Distance from parity"),
    "heatmap_ket": ("Sel berisi rasio P/L dan tahunnya. Merah = lebih buruk bagi perempuan, biru = lebih baik, "
                    "menurut arah indikator (mis. TPT: lebih rendah lebih baik). Abu-abu = data tidak tersedia "
                    "(bukan nol). Warna = ln(P/L), dibalik bila lebih rendah lebih baik; jenuh pada ±1,5.",
                    "Cells show the P/L ratio and its year. Red = worse for women, blue = better, by the "
                    "indicator's direction (e.g. unemployment: lower is better). Grey = data not available (not "
                    "zero). Colour = ln(P/L), flipped where lower is better; saturates at ±1.5."),
    "poin_persen": ("poin persen", "percentage points"),
    "sektor_heatmap_satuan": ("rasio tanpa satuan; warna menurut arah indikator",
                              "a ratio has no unit; colour by the indicator's direction"),
    "sektor_panel_satuan": ("satuan dan tahun per panel", "unit and year per panel"),
    "sektor_sel": ("{n} dari {total} sel punya pasangan P dan L; sisanya {kosong}. Angka menurut jenis kelamin "
                   "tiap kab/kota ada untuk TPAK, TPT, sumbangan pendapatan, tenaga profesional dan kursi DPRD; "
                   "lihat \"Cakupan data\" di tiap sektor untuk yang belum ada.",
                   "{n} of {total} cells have both a female and a male figure; the rest: {kosong}. By-sex figures "
                   "for every regency exist for labour force participation, unemployment, earned income, "
                   "professionals and DPRD seats; see \"Coverage\" in each sector for what is missing."),
    "sektor_daftar": ("Sel berwarna sebagai daftar", "Coloured cells as a list"),
    "sektor_tab_lain": ("Buka tab ini untuk melihat grafik dan tabelnya.", "Open this tab to see its chart and table."),
    "satuan": ("Satuan", "Unit"),
    "definisi": ("Definisi", "Definition"),
    "produsen": ("Produsen", "Producer"),
    "disamarkan": ("disamarkan", "withheld"),
    "sumber_lain": ("sumber lain", "other source"),
    "profil_peringkat": ("{r} dari {n}", "{r} of {n}"),
    "profil_netral": ("tanpa arah (netral)", "no direction (neutral)"),
    "profil_n_data": ("kab/kota dengan data: {n}", "regencies with data: {n}"),
    "profil_laporan_tanpa_peringkat": ("laporan, tidak diperingkat", "reports, not ranked"),
    "profil_kelengkapan": ("Kelengkapan data: {n} dari {total} indikator ({p} %)",
                           "Data completeness: {n} of {total} indicators ({p} %)"),
    "profil_semua": ("{w}: semua indikator", "{w}: every indicator"),
    "profil_n_kosong": ("{n} indikator registry belum punya angka untuk {w} (data tidak tersedia).",
                        "{n} registry indicators have no figure for {w} yet (data not available)."),
    "profil_todo": ("Angka yang belum ada: daftar kerja", "Missing figures: a to-do list"),
    "profil_todo_ket": ("Setiap baris menyebut di mana angka itu terbit. Bila Anda memegang tabelnya, unggah di "
                        "halaman Perbarui Data. Cakupan = kab/kota yang sudah punya angka, dari 14.",
                        "Each row says where the figure is published. If you hold the table, upload it on the "
                        "Update Data page. Coverage = regencies that already have a figure, of 14."),
    "profil_perbarui": ("Unggah tabel di Perbarui Data", "Upload a table on Update Data"),
    "profil_cakupan_wilayah": ("Kelengkapan data setiap wilayah", "Data completeness of every region"),
    "profil_lain_dari": ("wilayah lain dari", "other regions from"),
    "profil_tanpa_data": ("Belum ada indikator dengan data untuk {w}.", "No indicator has data for {w} yet."),
    "profil_tanpa_ikg": ("IKG {w} belum terbit di data (data tidak tersedia). BPS menerbitkan IKG terutama di tingkat "
                         "provinsi; peringkat IKG kab/kota yang diumumkan (bila ada) ada di tabel di atas.",
                         "No published IKG for {w} in the data (data not available). BPS publishes the IKG mainly "
                         "for provinces; an announced regency IKG rank, if any, is in the table above."),
    "profil_bukan_nol": ("Angka: data tidak tersedia berarti belum ada angka terbit, bukan nol.",
                         "\"Data not available\" means no published figure yet, not zero."),
    "provinsi_tanda": (" (provinsi)", " (province)"),
    "cakupan_sektor": ("Cakupan data menurut jenis kelamin", "Coverage of by-sex data"),
    "perbandingan_pl": ("Perempuan vs laki-laki", "Women vs men"),
    "tabel_pl": ("Semua perbandingan P/L di sektor ini", "All F/M comparisons in this sector"),
    "netral_ket": ("Indikator netral (mis. jumlah penduduk) tidak punya arah lebih baik: hanya di tabel, tidak "
                   "diwarnai.", "Neutral indicators (e.g. population counts) have no better direction: table "
                   "only, not coloured."),
    "tanpa_pl": ("Belum ada pasangan angka P dan L untuk sektor dan tahun ini.",
                 "No pair of female and male figures for this sector and year yet."),
    "kelengkapan": ("Kelengkapan data", "Data completeness"),
    "tampil_hanya_ada": ("Hanya indikator yang punya data", "Only indicators with data"),
    "profil_ket": ("Peringkat memakai arah indikator (1 = terbaik) dan hanya diberikan bila ≥ 2 kab/kota punya "
                   "angka pada tahun yang sama. Kalteng dan Indonesia dari tahun yang sama bila terbit, selain itu "
                   "tahun terdekat (tahun ditulis). Peringkat jumlah (kasus, orang) ikut mencerminkan besar "
                   "penduduk.", "Ranks follow the indicator's direction (1 = best) and are given only when ≥ 2 "
                   "regencies have a figure for the same year. Kalteng and Indonesia from the same year when "
                   "published, else the nearest year (shown). Ranks of counts also reflect population size."),
    "tren_wilayah": ("Tren satu indikator", "Trend of one indicator"),
    "ikg_bagian": ("IKG: tiga dimensi", "IKG: three dimensions"),
    "ikg_terbit": ("IKG terbit", "Published IKG"),
    "cek_ipg": ("Bukti: IPG dihitung ulang dari IPM perempuan dan laki-laki",
                "Proof: IPG recomputed from female and male HDI"),
    "cek_ipg_ket": ("IPG = IPM perempuan ÷ IPM laki-laki × 100, dihitung dari angka di data dan dibandingkan dengan IPG "
                    "terbit pada seri dan tahun yang sama: {n} dari {total} sesuai dalam ±0,01. Angka 2025 berasal "
                    "dari kompilasi sekunder tabel BPS (seri UHH SP2020).",
                    "IPG = female HDI ÷ male HDI × 100, computed from the data and compared with the published IPG "
                    "of the same series and year: {n} of {total} agree within ±0.01. The 2025 figures come from a "
                    "secondary compilation of BPS tables (SP2020 life-expectancy series)."),
    "ikg_hitung": ("IKG dihitung ulang", "Recomputed IKG"),
    "tidak_dapat_dihitung": ("tidak dapat dihitung", "cannot be computed"),
    "komponen_kurang": ("Komponen yang tidak ada di data", "Components missing from the data"),
    "komponen_ikg": ("Komponen IKG yang ada di data", "IKG components in the data"),
    "kontrafaktual": ("Jika satu dimensi setara", "If one dimension were at parity"),
    "pendorong": ("Apa yang mengubah IKG sejak tahun sebelumnya", "What changed the IKG since the previous year"),
    "cek_tahun": ("Cek per tahun: dihitung vs terbit", "Check by year: computed vs published"),
    "cek_acuan": ("Bukti rumus: baris acuan BPS (Jawa Barat 2018–2022, Indonesia 2023)",
                  "Proof of the formula: BPS reference rows (West Java 2018–2022, Indonesia 2023)"),
    "cek_acuan_ket": ("Angka ini BUKAN angka Kalimantan Tengah: tabel acuan BPS di docs/formulas.md, dimasukkan "
                      "lewat jalur yang sama dengan data Kalteng (MTF/MHPK20 disimpan dalam persen).",
                      "These are NOT Central Kalimantan figures: BPS reference table in docs/formulas.md, fed "
                      "through the same path as Kalteng's data (MTF/MHPK20 stored in percent)."),
    "ipg_bagian": ("IPG: IPM perempuan dan laki-laki", "IPG: female and male HDI"),
    "idg_bagian": ("IDG: tiga komponen", "IDG: three components"),
    "kesimpulan": ("Kesimpulan", "Conclusion"),
    "cara_hitung": ("Cara menghitung", "How it is calculated"),
    "buka_komposit": ("Rincian di halaman Indeks Komposit.", "Details on the Composite Indices page."),
    "tampil_abu": ("ditampilkan abu-abu", "shown grey"),
    "belum_terbit": ("Belum ada angka terbit untuk {w}.", "No published figure for {w} yet."),
    "kf_grafik": ("IKG jika satu dimensi setara — {nama} (indeks 0–1)",
                  "IKG if one dimension were at parity — {nama} (index 0–1)"),
    "kf_kurang": ("Kontrafaktual butuh kedelapan komponen pada tahun yang sama; untuk {nama} {tahun} belum "
                  "lengkap. Contoh cara bacanya pada baris acuan BPS Indonesia 2023 (BUKAN angka Kalimantan "
                  "Tengah):", "The counterfactual needs all eight components in the same year; for {nama} {tahun} "
                  "they are incomplete. How to read it, on BPS's reference row Indonesia 2023 (NOT Central "
                  "Kalimantan figures):"),
    "kf_acuan": ("Indonesia 2023 (acuan BPS)", "Indonesia 2023 (BPS reference)"),
    # page 6 sentences
    "komposit_tanpa_ikg": ("Untuk {nama} belum ada IKG terbit maupun komponennya di data ({kosong}). Komponen yang "
                           "dibutuhkan: {kurang}.", "For {nama} there is no published IKG nor any of its components "
                           "in the data yet ({kosong}). Components needed: {kurang}."),
    "komposit_toleransi": ("Toleransi pembulatan: {x}. Selisih di atas toleransi ditampilkan di samping kedua angka "
                           "dan tidak pernah menggantikan angka terbit.", "Rounding tolerance: {x}. A difference "
                           "above the tolerance is shown beside both figures and never replaces the published one."),
    "komposit_ipm": ("IPM perempuan {p}, laki-laki {l}. Pembagian log selisih (negatif = perempuan tertinggal): ",
                     "Female HDI {p}, male {l}. Log split of the gap (negative = women behind): "),
    "komposit_ipm_kurang": ("IPM perempuan dan laki-laki beserta pembagian selisihnya tidak dapat dihitung; tidak "
                            "ada di data: ", "Female and male HDI and the split of their gap cannot be computed; "
                            "not in the data: "),
    "komposit_sd": ("s.d. {tahun}", "up to {tahun}"),
    "komposit_terbaru": ("terbaru", "latest"),
    "komposit_idg_grafik": ("Komponen IDG: pangsa perempuan (%) — {nama}, nilai terakhir {batas} (tahun di label)",
                            "IDG components: women's share (%) — {nama}, latest value {batas} (year in the label)"),
    "komposit_idg_kurang": ("Indeks parlemen dan pengambilan keputusan untuk IDG {tahun} tidak dapat dihitung; tidak "
                            "ada di data: {kurang}. Bila lengkap, indeks pendapatan dihitung sebagai sisa (3·IDG/100 "
                            "− I_par − I_DM), bukan angka BPS sendiri.", "The parliament and decision-making indices "
                            "for the {tahun} IDG cannot be computed; not in the data: {kurang}. When complete, the "
                            "income index is computed as a remainder (3·IDG/100 − I_par − I_DM), not a BPS figure."),
    "komposit_alur": ("Cara menghitung {indeks}: indikator → dimensi → indeks — ketersediaan data {nama} {tahun} "
                      "(biru = ada, abu-abu = {kosong})", "How {indeks} is calculated: indicator → dimension → index "
                      "— data available for {nama} {tahun} (blue = present, grey = {kosong})"),
    "komposit_sumber_rumus": (" Sumber rumus: BPS.", " Formula source: BPS."),
    "ya": ("ya", "yes"),
    "brief_tanpa_kesenjangan": ("{kosong}: belum ada indikator dengan angka perempuan dan laki-laki untuk {w}.",
                                "{kosong}: no indicator has female and male figures for {w} yet."),
    "pimpinan_tanpa_perbaikan": ("{kosong}: belum ada ukuran gender {w} yang mendekati setara menurut dua tahun terbit "
                                 "terakhirnya.", "{kosong}: no gender measure of {w} moved towards parity between "
                                 "its two latest published years."),
    "pengeluaran": ("Pengeluaran", "Expenditure"),
    "ikg_dimensi_grafik": ("Dimensi IKG, perempuan vs laki-laki — {nama} {tahun} (indeks 0–1; dimensi yang "
                           "komponennya lengkap)", "IKG dimensions, women vs men — {nama} {tahun} (index 0–1; "
                           "dimensions with complete components)"),
    "ikg_dimensi_kosong": ("Belum ada dimensi IKG dengan angka perempuan dan laki-laki yang lengkap untuk {nama} "
                           "{tahun}", "No IKG dimension has complete female and male figures for {nama} {tahun} "
                           "yet"),
}


# Perbarui Data (importer page)
TEKS.update({
    "imp_judul": ("Perbarui Data", "Update Data"),
    "imp_intro": ("Unggah tabel baru dari BPS atau DP3APPKB (CSV atau XLSX, paling besar 10 MB). Berkas diperiksa "
                  "dan pratinjaunya ditampilkan; data baru ditulis hanya setelah Anda menekan **Terapkan**. Data "
                  "lama selalu dicadangkan dan bisa dipulihkan.",
                  "Upload a new table from BPS or DP3APPKB (CSV or XLSX, at most 10 MB). The file is checked and "
                  "previewed; nothing is written until you press **Apply**. The previous data are always backed up "
                  "and can be restored."),
    "imp_unggah": ("Berkas tabel (.csv atau .xlsx)", "Table file (.csv or .xlsx)"),
    "imp_opsi": ("Keterangan untuk tabel lebar BPS (wilayah ke bawah)", "Details for wide BPS tables (regions down)"),
    "imp_opsi_ket": ("Isi bila tabel tidak menyebutnya sendiri: indikator dan sumber wajib untuk tabel lebar; tahun "
                     "dan jenis kelamin bila tidak ada di tajuk kolom.",
                     "Fill in what the table does not say itself: indicator and source are required for wide "
                     "tables; year and sex when the column headers do not give them."),
    "imp_jk": ("Jenis kelamin", "Sex"),
    "imp_catatan": ("Catatan untuk setiap baris (mis. periode data)", "Note for every row (e.g. data period)"),
    "imp_kode": ("Kolom 'kode' memakai", "The 'kode' column uses"),
    "imp_kode_bps": ("kode BPS", "BPS codes"),
    "imp_kode_kemendagri": ("kode Kemendagri", "Kemendagri codes"),
    "imp_ditolak": ("Berkas ditolak; tidak ada yang ditulis. Perbaiki masalah berikut lalu unggah lagi:",
                    "File refused; nothing was written. Fix these problems and upload again:"),
    "imp_pratinjau": ("Pratinjau", "Preview"),
    "imp_ditambah": ("Baris ditambah", "Rows added"),
    "imp_diubah": ("Baris diubah", "Rows changed"),
    "imp_tetap": ("Baris tetap", "Rows untouched"),
    "imp_diubah_judul": ("Nilai diubah (lama → baru)", "Values changed (old → new)"),
    "imp_tanpa_perubahan": ("Semua angka di berkas ini sudah sama dengan data; tidak ada yang perlu diterapkan.",
                            "Every figure in this file is already in the data; nothing to apply."),
    "imp_terapkan": ("Terapkan ke data", "Apply to the data"),
    "imp_cadangan": ("Cadangan dan pemulihan", "Backups and restore"),
    "imp_tanpa_cadangan": ("Belum ada cadangan: cadangan dibuat setiap kali data diperbarui.",
                           "No backups yet: one is made every time the data are updated."),
    "imp_pilih_cadangan": ("Cadangan yang dipulihkan", "Backup to restore"),
    "imp_yakin": ("Saya yakin: ganti data sekarang dengan cadangan ini (data sekarang dicadangkan dulu)",
                  "I am sure: replace the current data with this backup (the current data are backed up first)"),
    "imp_pulihkan": ("Pulihkan", "Restore"),
    "imp_changelog": ("Riwayat pembaruan (data/changelog.csv)", "Update history (data/changelog.csv)"),
})


def t(kunci: str, lang: str = "id") -> str:
    """Label for a key; an unknown key is returned as is so a missing entry is visible, not fatal."""
    pasangan = TEKS.get(kunci)
    if pasangan is None:
        return kunci
    return pasangan[1] if lang == "en" else pasangan[0]
