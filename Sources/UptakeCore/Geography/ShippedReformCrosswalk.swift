// A copy of datasets/vn-commune-crosswalk-2025.csv (the test `theShippedCrosswalkIsTheDatasetsFile`
// keeps them equal, line endings aside): embedded as text because neither the ingest nor the
// analysis reads a file. Source and licence: datasets/README.md ("vietnamadminunits" by Tran Ngoc
// Minh Hieu, MIT License). Edit the datasets file and copy it here.

extension ReformCrosswalk {
    static let shippedVietnam2025Text = #"""
old_province_code,old_province,old_district_code,old_district,old_commune_code,old_commune,divided,new_province_code,new_commune_code,new_commune
01,Thành phố Hà Nội,001,Quận Ba Đình,00001,Phường Phúc Xá,false,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00004,Phường Trúc Bạch,false,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,001,Quận Ba Đình,00006,Phường Vĩnh Phúc,false,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00007,Phường Cống Vị,true,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,001,Quận Ba Đình,00007,Phường Cống Vị,true,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00008,Phường Liễu Giai,false,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00013,Phường Quán Thánh,false,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,001,Quận Ba Đình,00016,Phường Ngọc Hà,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,001,Quận Ba Đình,00016,Phường Ngọc Hà,true,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00019,Phường Điện Biên,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,001,Quận Ba Đình,00019,Phường Điện Biên,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,001,Quận Ba Đình,00019,Phường Điện Biên,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,001,Quận Ba Đình,00019,Phường Điện Biên,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,001,Quận Ba Đình,00022,Phường Đội Cấn,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,001,Quận Ba Đình,00022,Phường Đội Cấn,true,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00025,Phường Ngọc Khánh,true,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,001,Quận Ba Đình,00025,Phường Ngọc Khánh,true,01,00199,Phường Láng
01,Thành phố Hà Nội,001,Quận Ba Đình,00025,Phường Ngọc Khánh,true,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00028,Phường Kim Mã,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,001,Quận Ba Đình,00028,Phường Kim Mã,true,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,001,Quận Ba Đình,00028,Phường Kim Mã,true,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,001,Quận Ba Đình,00031,Phường Giảng Võ,false,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,001,Quận Ba Đình,00034,Phường Thành Công,true,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,001,Quận Ba Đình,00034,Phường Thành Công,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00037,Phường Phúc Tân,false,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00040,Phường Đồng Xuân,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00040,Phường Đồng Xuân,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00043,Phường Hàng Mã,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00046,Phường Hàng Buồm,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00049,Phường Hàng Đào,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00052,Phường Hàng Bồ,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00055,Phường Cửa Đông,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00055,Phường Cửa Đông,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00058,Phường Lý Thái Tổ,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00061,Phường Hàng Bạc,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00064,Phường Hàng Gai,false,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00067,Phường Chương Dương,false,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00070,Phường Hàng Trống,true,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00070,Phường Hàng Trống,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00073,Phường Cửa Nam,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00073,Phường Cửa Nam,true,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00073,Phường Cửa Nam,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00073,Phường Cửa Nam,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00076,Phường Hàng Bông,true,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00076,Phường Hàng Bông,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00079,Phường Tràng Tiền,true,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00079,Phường Tràng Tiền,true,01,00070,Phường Hoàn Kiếm
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00082,Phường Trần Hưng Đạo,false,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00085,Phường Phan Chu Trinh,false,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,002,Quận Hoàn Kiếm,00088,Phường Hàng Bài,false,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,003,Quận Tây Hồ,00091,Phường Phú Thượng,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,003,Quận Tây Hồ,00091,Phường Phú Thượng,true,01,00091,Phường Phú Thượng
01,Thành phố Hà Nội,003,Quận Tây Hồ,00091,Phường Phú Thượng,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00094,Phường Nhật Tân,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,003,Quận Tây Hồ,00094,Phường Nhật Tân,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00097,Phường Tứ Liên,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,003,Quận Tây Hồ,00097,Phường Tứ Liên,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00100,Phường Quảng An,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,003,Quận Tây Hồ,00100,Phường Quảng An,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00103,Phường Xuân La,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,003,Quận Tây Hồ,00103,Phường Xuân La,true,01,00091,Phường Phú Thượng
01,Thành phố Hà Nội,003,Quận Tây Hồ,00103,Phường Xuân La,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00103,Phường Xuân La,true,01,00611,Phường Xuân Đỉnh
01,Thành phố Hà Nội,003,Quận Tây Hồ,00106,Phường Yên Phụ,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,003,Quận Tây Hồ,00106,Phường Yên Phụ,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00109,Phường Bưởi,false,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,003,Quận Tây Hồ,00112,Phường Thụy Khuê,true,01,00004,Phường Ba Đình
01,Thành phố Hà Nội,003,Quận Tây Hồ,00112,Phường Thụy Khuê,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,004,Quận Long Biên,00115,Phường Thượng Thanh,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00115,Phường Thượng Thanh,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00118,Phường Ngọc Thụy,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00118,Phường Ngọc Thụy,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,004,Quận Long Biên,00121,Phường Giang Biên,true,01,00136,Phường Phúc Lợi
01,Thành phố Hà Nội,004,Quận Long Biên,00121,Phường Giang Biên,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00124,Phường Đức Giang,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00124,Phường Đức Giang,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00127,Phường Việt Hưng,true,01,00136,Phường Phúc Lợi
01,Thành phố Hà Nội,004,Quận Long Biên,00127,Phường Việt Hưng,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00130,Phường Gia Thụy,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00130,Phường Gia Thụy,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,004,Quận Long Biên,00130,Phường Gia Thụy,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00133,Phường Ngọc Lâm,false,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00136,Phường Phúc Lợi,true,01,00136,Phường Phúc Lợi
01,Thành phố Hà Nội,004,Quận Long Biên,00136,Phường Phúc Lợi,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00139,Phường Bồ Đề,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00139,Phường Bồ Đề,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,004,Quận Long Biên,00139,Phường Bồ Đề,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,004,Quận Long Biên,00145,Phường Long Biên,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00145,Phường Long Biên,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,004,Quận Long Biên,00148,Phường Thạch Bàn,true,01,00577,Xã Bát Tràng
01,Thành phố Hà Nội,004,Quận Long Biên,00148,Phường Thạch Bàn,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,004,Quận Long Biên,00148,Phường Thạch Bàn,true,01,00136,Phường Phúc Lợi
01,Thành phố Hà Nội,004,Quận Long Biên,00148,Phường Thạch Bàn,true,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,004,Quận Long Biên,00151,Phường Phúc Đồng,true,01,00118,Phường Bồ Đề
01,Thành phố Hà Nội,004,Quận Long Biên,00151,Phường Phúc Đồng,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,004,Quận Long Biên,00151,Phường Phúc Đồng,true,01,00136,Phường Phúc Lợi
01,Thành phố Hà Nội,004,Quận Long Biên,00151,Phường Phúc Đồng,true,01,00127,Phường Việt Hưng
01,Thành phố Hà Nội,004,Quận Long Biên,00154,Phường Cự Khối,true,01,00577,Xã Bát Tràng
01,Thành phố Hà Nội,004,Quận Long Biên,00154,Phường Cự Khối,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00157,Phường Nghĩa Đô,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00157,Phường Nghĩa Đô,true,01,00008,Phường Ngọc Hà
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00157,Phường Nghĩa Đô,true,01,00103,Phường Tây Hồ
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00160,Phường Nghĩa Tân,false,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00163,Phường Mai Dịch,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00163,Phường Mai Dịch,true,01,00619,Phường Phú Diễn
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00163,Phường Mai Dịch,true,01,00592,Phường Từ Liêm
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00166,Phường Dịch Vọng,true,01,00166,Phường Cầu Giấy
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00166,Phường Dịch Vọng,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00167,Phường Dịch Vọng Hậu,true,01,00166,Phường Cầu Giấy
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00167,Phường Dịch Vọng Hậu,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00169,Phường Quan Hoa,true,01,00166,Phường Cầu Giấy
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00169,Phường Quan Hoa,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00172,Phường Yên Hòa,true,01,00166,Phường Cầu Giấy
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00172,Phường Yên Hòa,true,01,00175,Phường Yên Hòa
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00175,Phường Trung Hòa,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00175,Phường Trung Hòa,true,01,00367,Phường Thanh Xuân
01,Thành phố Hà Nội,005,Quận Cầu Giấy,00175,Phường Trung Hòa,true,01,00175,Phường Yên Hòa
01,Thành phố Hà Nội,006,Quận Đống Đa,00178,Phường Cát Linh,true,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,006,Quận Đống Đa,00178,Phường Cát Linh,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,006,Quận Đống Đa,00181,Phường Văn Miếu Quốc Tử Giám,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,006,Quận Đống Đa,00181,Phường Văn Miếu Quốc Tử Giám,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00187,Phường Láng Thượng,false,01,00199,Phường Láng
01,Thành phố Hà Nội,006,Quận Đống Đa,00190,Phường Ô Chợ Dừa,true,01,00235,Phường Đống Đa
01,Thành phố Hà Nội,006,Quận Đống Đa,00190,Phường Ô Chợ Dừa,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,006,Quận Đống Đa,00193,Phường Văn Chương,false,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00196,Phường Hàng Bột,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,006,Quận Đống Đa,00196,Phường Hàng Bột,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00199,Phường Láng Hạ,true,01,00235,Phường Đống Đa
01,Thành phố Hà Nội,006,Quận Đống Đa,00199,Phường Láng Hạ,true,01,00025,Phường Giảng Võ
01,Thành phố Hà Nội,006,Quận Đống Đa,00199,Phường Láng Hạ,true,01,00199,Phường Láng
01,Thành phố Hà Nội,006,Quận Đống Đa,00202,Phường Khâm Thiên,false,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00205,Phường Thổ Quan,false,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00208,Phường Nam Đồng,true,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,006,Quận Đống Đa,00208,Phường Nam Đồng,true,01,00235,Phường Đống Đa
01,Thành phố Hà Nội,006,Quận Đống Đa,00208,Phường Nam Đồng,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00214,Phường Quang Trung,true,01,00235,Phường Đống Đa
01,Thành phố Hà Nội,006,Quận Đống Đa,00214,Phường Quang Trung,true,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,006,Quận Đống Đa,00217,Phường Trung Liệt,true,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,006,Quận Đống Đa,00217,Phường Trung Liệt,true,01,00235,Phường Đống Đa
01,Thành phố Hà Nội,006,Quận Đống Đa,00217,Phường Trung Liệt,true,01,00190,Phường Ô Chợ Dừa
01,Thành phố Hà Nội,006,Quận Đống Đa,00226,Phường Phương Liên Trung Tự,true,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,006,Quận Đống Đa,00226,Phường Phương Liên Trung Tự,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,006,Quận Đống Đa,00229,Phường Kim Liên,false,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,006,Quận Đống Đa,00232,Phường Phương Mai,true,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,006,Quận Đống Đa,00232,Phường Phương Mai,true,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,006,Quận Đống Đa,00235,Phường Thịnh Quang,false,01,00235,Phường Đống Đa
01,Thành phố Hà Nội,006,Quận Đống Đa,00238,Phường Khương Thượng,false,01,00229,Phường Kim Liên
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00241,Phường Nguyễn Du,true,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00241,Phường Nguyễn Du,true,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00241,Phường Nguyễn Du,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00244,Phường Bạch Đằng,true,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00244,Phường Bạch Đằng,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00247,Phường Phạm Đình Hổ,true,01,00082,Phường Cửa Nam
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00247,Phường Phạm Đình Hổ,true,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00256,Phường Lê Đại Hành,true,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00256,Phường Lê Đại Hành,true,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00256,Phường Lê Đại Hành,true,01,00226,Phường Văn Miếu - Quốc Tử Giám
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00259,Phường Đồng Nhân,false,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00262,Phường Phố Huế,false,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00268,Phường Thanh Lương,true,01,00097,Phường Hồng Hà
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00268,Phường Thanh Lương,true,01,00328,Phường Lĩnh Nam
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00268,Phường Thanh Lương,true,01,00283,Phường Vĩnh Tuy
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00271,Phường Thanh Nhàn,true,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00271,Phường Thanh Nhàn,true,01,00256,Phường Hai Bà Trưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00277,Phường Bách Khoa,false,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00280,Phường Đồng Tâm,true,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00280,Phường Đồng Tâm,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00283,Phường Vĩnh Tuy,true,01,00301,Phường Vĩnh Hưng
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00283,Phường Vĩnh Tuy,true,01,00283,Phường Vĩnh Tuy
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00289,Phường Quỳnh Mai,false,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00292,Phường Bạch Mai,false,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00295,Phường Minh Khai,true,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00295,Phường Minh Khai,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00298,Phường Trương Định,true,01,00292,Phường Bạch Mai
01,Thành phố Hà Nội,007,Quận Hai Bà Trưng,00298,Phường Trương Định,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00301,Phường Thanh Trì,true,01,00328,Phường Lĩnh Nam
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00301,Phường Thanh Trì,true,01,00301,Phường Vĩnh Hưng
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00304,Phường Vĩnh Hưng,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00304,Phường Vĩnh Hưng,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00304,Phường Vĩnh Hưng,true,01,00301,Phường Vĩnh Hưng
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00304,Phường Vĩnh Hưng,true,01,00283,Phường Vĩnh Tuy
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00307,Phường Định Công,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00307,Phường Định Công,true,01,00352,Phường Phương Liệt
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00310,Phường Mai Động,true,01,00283,Phường Vĩnh Tuy
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00310,Phường Mai Động,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00313,Phường Tương Mai,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00313,Phường Tương Mai,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00316,Phường Đại Kim,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00316,Phường Đại Kim,true,01,00337,Phường Hoàng Liệt
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00316,Phường Đại Kim,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00316,Phường Đại Kim,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00319,Phường Tân Mai,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00319,Phường Tân Mai,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00322,Phường Hoàng Văn Thụ,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00322,Phường Hoàng Văn Thụ,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00325,Phường Giáp Bát,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00325,Phường Giáp Bát,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00325,Phường Giáp Bát,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00328,Phường Lĩnh Nam,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00328,Phường Lĩnh Nam,true,01,00328,Phường Lĩnh Nam
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00328,Phường Lĩnh Nam,true,01,00301,Phường Vĩnh Hưng
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00331,Phường Thịnh Liệt,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00331,Phường Thịnh Liệt,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00331,Phường Thịnh Liệt,true,01,00352,Phường Phương Liệt
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00331,Phường Thịnh Liệt,true,01,00340,Phường Yên Sở
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00334,Phường Trần Phú,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00334,Phường Trần Phú,true,01,00328,Phường Lĩnh Nam
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00334,Phường Trần Phú,true,01,00340,Phường Yên Sở
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00337,Phường Hoàng Liệt,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00337,Phường Hoàng Liệt,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00337,Phường Hoàng Liệt,true,01,00340,Phường Yên Sở
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00337,Phường Hoàng Liệt,true,01,00337,Phường Hoàng Liệt
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00340,Phường Yên Sở,true,01,00331,Phường Hoàng Mai
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00340,Phường Yên Sở,true,01,00328,Phường Lĩnh Nam
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00340,Phường Yên Sở,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,008,Quận Hoàng Mai,00340,Phường Yên Sở,true,01,00340,Phường Yên Sở
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00343,Phường Nhân Chính,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00343,Phường Nhân Chính,true,01,00367,Phường Thanh Xuân
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00343,Phường Nhân Chính,true,01,00175,Phường Yên Hòa
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00346,Phường Thượng Đình,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00346,Phường Thượng Đình,true,01,00367,Phường Thanh Xuân
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00349,Phường Khương Trung,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00349,Phường Khương Trung,true,01,00352,Phường Phương Liệt
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00352,Phường Khương Mai,false,01,00352,Phường Phương Liệt
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00355,Phường Thanh Xuân Trung,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00355,Phường Thanh Xuân Trung,true,01,00367,Phường Thanh Xuân
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00358,Phường Phương Liệt,true,01,00352,Phường Phương Liệt
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00358,Phường Phương Liệt,true,01,00322,Phường Tương Mai
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00364,Phường Khương Đình,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00364,Phường Khương Đình,true,01,00352,Phường Phương Liệt
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00367,Phường Thanh Xuân Bắc,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00367,Phường Thanh Xuân Bắc,true,01,00367,Phường Thanh Xuân
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00373,Phường Hạ Đình,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,009,Quận Thanh Xuân,00373,Phường Hạ Đình,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00376,Thị trấn Sóc Sơn,false,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00379,Xã Bắc Sơn,false,01,00385,Xã Trung Giã
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00382,Xã Minh Trí,false,01,00382,Xã Kim Anh
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00385,Xã Hồng Kỳ,false,01,00385,Xã Trung Giã
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00388,Xã Nam Sơn,false,01,00385,Xã Trung Giã
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00391,Xã Trung Giã,false,01,00385,Xã Trung Giã
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00394,Xã Tân Hưng,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00397,Xã Minh Phú,false,01,00382,Xã Kim Anh
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00400,Xã Phù Linh,false,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00403,Xã Bắc Phú,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00406,Xã Tân Minh,false,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00409,Xã Quang Tiến,true,01,00433,Xã Nội Bài
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00409,Xã Quang Tiến,true,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00412,Xã Hiền Ninh,false,01,00433,Xã Nội Bài
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00415,Xã Tân Dân,false,01,00382,Xã Kim Anh
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00418,Xã Tiên Dược,false,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00421,Xã Việt Long,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00424,Xã Xuân Giang,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00427,Xã Mai Đình,true,01,00433,Xã Nội Bài
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00427,Xã Mai Đình,true,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00430,Xã Đức Hòa,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00433,Xã Thanh Xuân,false,01,00433,Xã Nội Bài
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00436,Xã Đông Xuân,false,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00439,Xã Kim Lũ,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00442,Xã Phú Cường,false,01,00433,Xã Nội Bài
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00445,Xã Phú Minh,true,01,00433,Xã Nội Bài
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00445,Xã Phú Minh,true,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00448,Xã Phù Lỗ,false,01,00376,Xã Sóc Sơn
01,Thành phố Hà Nội,016,Huyện Sóc Sơn,00451,Xã Xuân Thu,false,01,00430,Xã Đa Phúc
01,Thành phố Hà Nội,017,Huyện Đông Anh,00454,Thị trấn Đông Anh,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00454,Thị trấn Đông Anh,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00454,Thị trấn Đông Anh,true,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00457,Xã Xuân Nộn,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00457,Xã Xuân Nộn,true,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00460,Xã Thụy Lâm,false,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00463,Xã Bắc Hồng,false,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00466,Xã Nguyên Khê,true,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00466,Xã Nguyên Khê,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00469,Xã Nam Hồng,false,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00472,Xã Tiên Dương,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00472,Xã Tiên Dương,true,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00475,Xã Vân Hà,false,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00478,Xã Uy Nỗ,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00478,Xã Uy Nỗ,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00481,Xã Vân Nội,false,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00484,Xã Liên Hà,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00484,Xã Liên Hà,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00487,Xã Việt Hùng,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00487,Xã Việt Hùng,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00490,Xã Kim Nỗ,true,01,00508,Xã Vĩnh Thanh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00490,Xã Kim Nỗ,true,01,00493,Xã Thiên Lộc
01,Thành phố Hà Nội,017,Huyện Đông Anh,00493,Xã Kim Chung,true,01,00493,Xã Thiên Lộc
01,Thành phố Hà Nội,017,Huyện Đông Anh,00493,Xã Kim Chung,true,01,00508,Xã Vĩnh Thanh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00496,Xã Dục Tú,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00496,Xã Dục Tú,true,01,00475,Xã Thư Lâm
01,Thành phố Hà Nội,017,Huyện Đông Anh,00499,Xã Đại Mạch,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00499,Xã Đại Mạch,true,01,00493,Xã Thiên Lộc
01,Thành phố Hà Nội,017,Huyện Đông Anh,00502,Xã Vĩnh Ngọc,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00502,Xã Vĩnh Ngọc,true,01,00508,Xã Vĩnh Thanh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00502,Xã Vĩnh Ngọc,true,01,00466,Xã Phúc Thịnh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00505,Xã Cổ Loa,false,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00508,Xã Hải Bối,true,01,00493,Xã Thiên Lộc
01,Thành phố Hà Nội,017,Huyện Đông Anh,00508,Xã Hải Bối,true,01,00508,Xã Vĩnh Thanh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00511,Xã Xuân Canh,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00511,Xã Xuân Canh,true,01,00508,Xã Vĩnh Thanh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00514,Xã Võng La,false,01,00493,Xã Thiên Lộc
01,Thành phố Hà Nội,017,Huyện Đông Anh,00517,Xã Tàm Xá,true,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00517,Xã Tàm Xá,true,01,00508,Xã Vĩnh Thanh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00520,Xã Mai Lâm,false,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,017,Huyện Đông Anh,00523,Xã Đông Hội,false,01,00454,Xã Đông Anh
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00526,Thị trấn Yên Viên,false,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00529,Xã Yên Thường,false,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00532,Xã Yên Viên,false,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00535,Xã Ninh Hiệp,false,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00541,Xã Thiên Đức,false,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00544,Xã Phù Đổng,false,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00550,Xã Lệ Chi,false,01,00562,Xã Thuận An
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00553,Xã Cổ Bi,true,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00553,Xã Cổ Bi,true,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00553,Xã Cổ Bi,true,01,00136,Phường Phúc Lợi
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00556,Xã Đặng Xá,true,01,00562,Xã Thuận An
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00556,Xã Đặng Xá,true,01,00541,Xã Phù Đổng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00562,Xã Phú Sơn,true,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00562,Xã Phú Sơn,true,01,00562,Xã Thuận An
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00565,Thị trấn Trâu Quỳ,true,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00565,Thị trấn Trâu Quỳ,true,01,00577,Xã Bát Tràng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00568,Xã Dương Quang,false,01,00562,Xã Thuận An
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00571,Xã Dương Xá,false,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00577,Xã Đa Tốn,true,01,00577,Xã Bát Tràng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00577,Xã Đa Tốn,true,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00580,Xã Kiêu Kỵ,false,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00583,Xã Bát Tràng,true,01,00577,Xã Bát Tràng
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00583,Xã Bát Tràng,true,01,00565,Xã Gia Lâm
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00583,Xã Bát Tràng,true,01,00145,Phường Long Biên
01,Thành phố Hà Nội,018,Huyện Gia Lâm,00589,Xã Kim Đức,false,01,00577,Xã Bát Tràng
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00592,Phường Cầu Diễn,false,01,00592,Phường Từ Liêm
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00622,Phường Xuân Phương,false,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00623,Phường Phương Canh,false,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00625,Phường Mỹ Đình 1,true,01,00166,Phường Cầu Giấy
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00625,Phường Mỹ Đình 1,true,01,00592,Phường Từ Liêm
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00626,Phường Mỹ Đình 2,true,01,00166,Phường Cầu Giấy
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00626,Phường Mỹ Đình 2,true,01,00592,Phường Từ Liêm
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00628,Phường Tây Mỗ,true,01,00634,Phường Tây Mỗ
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00628,Phường Tây Mỗ,true,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00631,Phường Mễ Trì,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00631,Phường Mễ Trì,true,01,00592,Phường Từ Liêm
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00631,Phường Mễ Trì,true,01,00175,Phường Yên Hòa
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00632,Phường Phú Đô,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00632,Phường Phú Đô,true,01,00592,Phường Từ Liêm
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00634,Phường Đại Mỗ,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00634,Phường Đại Mỗ,true,01,09886,Phường Dương Nội
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00634,Phường Đại Mỗ,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00634,Phường Đại Mỗ,true,01,00634,Phường Tây Mỗ
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00634,Phường Đại Mỗ,true,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00637,Phường Trung Văn,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,019,Quận Nam Từ Liêm,00637,Phường Trung Văn,true,01,00367,Phường Thanh Xuân
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00640,Thị trấn Văn Điển,true,01,00337,Phường Hoàng Liệt
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00640,Thị trấn Văn Điển,true,01,00664,Xã Đại Thanh
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00640,Thị trấn Văn Điển,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00643,Xã Tân Triều,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00643,Xã Tân Triều,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00643,Xã Tân Triều,true,01,00364,Phường Khương Đình
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00643,Xã Tân Triều,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00646,Xã Thanh Liệt,true,01,00316,Phường Định Công
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00646,Xã Thanh Liệt,true,01,00337,Phường Hoàng Liệt
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00646,Xã Thanh Liệt,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00649,Xã Tả Thanh Oai,true,01,00664,Xã Đại Thanh
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00649,Xã Tả Thanh Oai,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00652,Xã Hữu Hòa,true,01,00664,Xã Đại Thanh
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00652,Xã Hữu Hòa,true,01,09568,Phường Phú Lương
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00655,Xã Tam Hiệp,true,01,00664,Xã Đại Thanh
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00655,Xã Tam Hiệp,true,01,00337,Phường Hoàng Liệt
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00658,Xã Tứ Hiệp,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00658,Xã Tứ Hiệp,true,01,00340,Phường Yên Sở
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00661,Xã Yên Mỹ,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00661,Xã Yên Mỹ,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00664,Xã Vĩnh Quỳnh,true,01,00664,Xã Đại Thanh
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00664,Xã Vĩnh Quỳnh,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00667,Xã Ngũ Hiệp,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00667,Xã Ngũ Hiệp,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00670,Xã Duyên Hà,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00670,Xã Duyên Hà,true,01,00640,Xã Thanh Trì
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00673,Xã Ngọc Hồi,false,01,00679,Xã Ngọc Hồi
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00676,Xã Vạn Phúc,false,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00679,Xã Đại áng,true,01,00679,Xã Ngọc Hồi
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00679,Xã Đại áng,true,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00682,Xã Liên Ninh,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00682,Xã Liên Ninh,true,01,00679,Xã Ngọc Hồi
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00685,Xã Đông Mỹ,true,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,020,Huyện Thanh Trì,00685,Xã Đông Mỹ,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00595,Phường Thượng Cát,false,01,00598,Phường Thượng Cát
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00598,Phường Liên Mạc,false,01,00598,Phường Thượng Cát
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00601,Phường Đông Ngạc,true,01,00602,Phường Đông Ngạc
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00601,Phường Đông Ngạc,true,01,00091,Phường Phú Thượng
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00602,Phường Đức Thắng,false,01,00602,Phường Đông Ngạc
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00604,Phường Thụy Phương,true,01,00602,Phường Đông Ngạc
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00604,Phường Thụy Phương,true,01,00598,Phường Thượng Cát
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00607,Phường Tây Tựu,true,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00607,Phường Tây Tựu,true,01,00598,Phường Thượng Cát
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00607,Phường Tây Tựu,true,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00607,Phường Tây Tựu,true,01,00613,Phường Tây Tựu
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00610,Phường Xuân Đỉnh,true,01,00602,Phường Đông Ngạc
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00610,Phường Xuân Đỉnh,true,01,00091,Phường Phú Thượng
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00610,Phường Xuân Đỉnh,true,01,00611,Phường Xuân Đỉnh
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00611,Phường Xuân Tảo,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00611,Phường Xuân Tảo,true,01,00091,Phường Phú Thượng
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00611,Phường Xuân Tảo,true,01,00611,Phường Xuân Đỉnh
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00613,Phường Minh Khai,true,01,00602,Phường Đông Ngạc
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00613,Phường Minh Khai,true,01,00613,Phường Tây Tựu
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00613,Phường Minh Khai,true,01,00598,Phường Thượng Cát
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00613,Phường Minh Khai,true,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00616,Phường Cổ Nhuế 1,true,01,00160,Phường Nghĩa Đô
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00616,Phường Cổ Nhuế 1,true,01,00619,Phường Phú Diễn
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00616,Phường Cổ Nhuế 1,true,01,00611,Phường Xuân Đỉnh
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00617,Phường Cổ Nhuế 2,true,01,00602,Phường Đông Ngạc
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00617,Phường Cổ Nhuế 2,true,01,00598,Phường Thượng Cát
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00619,Phường Phú Diễn,false,01,00619,Phường Phú Diễn
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00620,Phường Phúc Diễn,true,01,00619,Phường Phú Diễn
01,Thành phố Hà Nội,021,Quận Bắc Từ Liêm,00620,Phường Phúc Diễn,true,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,250,Huyện Mê Linh,08973,Thị trấn Chi Đông,false,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,08974,Xã Đại Thịnh,true,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,08974,Xã Đại Thịnh,true,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08974,Xã Đại Thịnh,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,250,Huyện Mê Linh,08977,Xã Kim Hoa,true,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,08977,Xã Kim Hoa,true,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08980,Xã Thạch Đà,true,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08980,Xã Thạch Đà,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08983,Xã Tiến Thắng,false,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08986,Xã Tự Lập,false,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08989,Thị trấn Quang Minh,false,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,08992,Xã Thanh Lâm,true,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,08992,Xã Thanh Lâm,true,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08995,Xã Tam Đồng,false,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,08998,Xã Liên Mạc,false,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,250,Huyện Mê Linh,09004,Xã Chu Phan,false,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,250,Huyện Mê Linh,09007,Xã Tiến Thịnh,true,01,09787,Xã Liên Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,09007,Xã Tiến Thịnh,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,250,Huyện Mê Linh,09010,Xã Mê Linh,true,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,09010,Xã Mê Linh,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,250,Huyện Mê Linh,09013,Xã Văn Khê,true,01,08995,Xã Tiến Thắng
01,Thành phố Hà Nội,250,Huyện Mê Linh,09013,Xã Văn Khê,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,250,Huyện Mê Linh,09013,Xã Văn Khê,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,250,Huyện Mê Linh,09016,Xã Hoàng Kim,false,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,250,Huyện Mê Linh,09019,Xã Tiền Phong,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,250,Huyện Mê Linh,09019,Xã Tiền Phong,true,01,08974,Xã Quang Minh
01,Thành phố Hà Nội,250,Huyện Mê Linh,09019,Xã Tiền Phong,true,01,00493,Xã Thiên Lộc
01,Thành phố Hà Nội,250,Huyện Mê Linh,09022,Xã Tráng Việt,false,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,268,Quận Hà Đông,09538,Phường Quang Trung,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09538,Phường Quang Trung,true,01,09552,Phường Kiến Hưng
01,Thành phố Hà Nội,268,Quận Hà Đông,09541,Phường Mộ Lao,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,268,Quận Hà Đông,09541,Phường Mộ Lao,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09542,Phường Văn Quán,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09542,Phường Văn Quán,true,01,00643,Phường Thanh Liệt
01,Thành phố Hà Nội,268,Quận Hà Đông,09544,Phường Vạn Phúc,false,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09551,Phường La Khê,true,01,09886,Phường Dương Nội
01,Thành phố Hà Nội,268,Quận Hà Đông,09551,Phường La Khê,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09552,Phường Phú La,true,01,09886,Phường Dương Nội
01,Thành phố Hà Nội,268,Quận Hà Đông,09552,Phường Phú La,true,01,09552,Phường Kiến Hưng
01,Thành phố Hà Nội,268,Quận Hà Đông,09553,Phường Phúc La,false,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09556,Phường Hà Cầu,true,01,09556,Phường Hà Đông
01,Thành phố Hà Nội,268,Quận Hà Đông,09556,Phường Hà Cầu,true,01,09552,Phường Kiến Hưng
01,Thành phố Hà Nội,268,Quận Hà Đông,09562,Phường Yên Nghĩa,true,01,09886,Phường Dương Nội
01,Thành phố Hà Nội,268,Quận Hà Đông,09562,Phường Yên Nghĩa,true,01,09562,Phường Yên Nghĩa
01,Thành phố Hà Nội,268,Quận Hà Đông,09565,Phường Kiến Hưng,true,01,09552,Phường Kiến Hưng
01,Thành phố Hà Nội,268,Quận Hà Đông,09565,Phường Kiến Hưng,true,01,00664,Xã Đại Thanh
01,Thành phố Hà Nội,268,Quận Hà Đông,09565,Phường Kiến Hưng,true,01,09568,Phường Phú Lương
01,Thành phố Hà Nội,268,Quận Hà Đông,09568,Phường Phú Lãm,false,01,09568,Phường Phú Lương
01,Thành phố Hà Nội,268,Quận Hà Đông,09571,Phường Phú Lương,true,01,09552,Phường Kiến Hưng
01,Thành phố Hà Nội,268,Quận Hà Đông,09571,Phường Phú Lương,true,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,268,Quận Hà Đông,09571,Phường Phú Lương,true,01,09568,Phường Phú Lương
01,Thành phố Hà Nội,268,Quận Hà Đông,09886,Phường Dương Nội,true,01,09877,Xã An Khánh
01,Thành phố Hà Nội,268,Quận Hà Đông,09886,Phường Dương Nội,true,01,00637,Phường Đại Mỗ
01,Thành phố Hà Nội,268,Quận Hà Đông,09886,Phường Dương Nội,true,01,09886,Phường Dương Nội
01,Thành phố Hà Nội,268,Quận Hà Đông,09886,Phường Dương Nội,true,01,00634,Phường Tây Mỗ
01,Thành phố Hà Nội,268,Quận Hà Đông,10117,Phường Đồng Mai,true,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,268,Quận Hà Đông,10117,Phường Đồng Mai,true,01,09562,Phường Yên Nghĩa
01,Thành phố Hà Nội,268,Quận Hà Đông,10123,Phường Biên Giang,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09574,Phường Ngô Quyền,false,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09577,Phường Phú Thịnh,false,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09586,Phường Sơn Lộc,true,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09586,Phường Sơn Lộc,true,01,09604,Phường Tùng Thiện
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09589,Phường Xuân Khanh,false,01,09604,Phường Tùng Thiện
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09592,Xã Đường Lâm,false,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09595,Phường Viên Sơn,false,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09598,Xã Xuân Sơn,false,01,09604,Phường Tùng Thiện
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09601,Phường Trung Hưng,true,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09601,Phường Trung Hưng,true,01,09604,Phường Tùng Thiện
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09604,Xã Thanh Mỹ,true,01,09574,Phường Sơn Tây
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09604,Xã Thanh Mỹ,true,01,09604,Phường Tùng Thiện
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09607,Phường Trung Sơn Trầm,false,01,09604,Phường Tùng Thiện
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09610,Xã Kim Sơn,false,01,09616,Xã Đoài Phương
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09613,Xã Sơn Đông,false,01,09616,Xã Đoài Phương
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09616,Xã Cổ Đông,true,01,09616,Xã Đoài Phương
01,Thành phố Hà Nội,269,Thị xã Sơn Tây,09616,Xã Cổ Đông,true,01,09988,Xã Hòa Lạc
01,Thành phố Hà Nội,271,Huyện Ba Vì,09619,Thị trấn Tây Đằng,true,01,09661,Xã Minh Châu
01,Thành phố Hà Nội,271,Huyện Ba Vì,09619,Thị trấn Tây Đằng,true,01,09619,Xã Quảng Oai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09625,Xã Phú Cường,false,01,09634,Xã Cổ Đô
01,Thành phố Hà Nội,271,Huyện Ba Vì,09628,Xã Cổ Đô,false,01,09634,Xã Cổ Đô
01,Thành phố Hà Nội,271,Huyện Ba Vì,09634,Xã Vạn Thắng,false,01,09634,Xã Cổ Đô
01,Thành phố Hà Nội,271,Huyện Ba Vì,09640,Xã Phong Vân,false,01,09634,Xã Cổ Đô
01,Thành phố Hà Nội,271,Huyện Ba Vì,09643,Xã Phú Đông,false,01,09634,Xã Cổ Đô
01,Thành phố Hà Nội,271,Huyện Ba Vì,09646,Xã Phú Hồng,false,01,09634,Xã Cổ Đô
01,Thành phố Hà Nội,271,Huyện Ba Vì,09649,Xã Phú Châu,false,01,09664,Xã Vật Lại
01,Thành phố Hà Nội,271,Huyện Ba Vì,09652,Xã Thái Hòa,false,01,09664,Xã Vật Lại
01,Thành phố Hà Nội,271,Huyện Ba Vì,09655,Xã Đồng Thái,false,01,09664,Xã Vật Lại
01,Thành phố Hà Nội,271,Huyện Ba Vì,09658,Xã Phú Sơn,false,01,09664,Xã Vật Lại
01,Thành phố Hà Nội,271,Huyện Ba Vì,09661,Xã Minh Châu,false,01,09661,Xã Minh Châu
01,Thành phố Hà Nội,271,Huyện Ba Vì,09664,Xã Vật Lại,false,01,09664,Xã Vật Lại
01,Thành phố Hà Nội,271,Huyện Ba Vì,09667,Xã Chu Minh,true,01,09661,Xã Minh Châu
01,Thành phố Hà Nội,271,Huyện Ba Vì,09667,Xã Chu Minh,true,01,09619,Xã Quảng Oai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09670,Xã Tòng Bạt,false,01,09676,Xã Bất Bạt
01,Thành phố Hà Nội,271,Huyện Ba Vì,09673,Xã Cẩm Lĩnh,true,01,09676,Xã Bất Bạt
01,Thành phố Hà Nội,271,Huyện Ba Vì,09673,Xã Cẩm Lĩnh,true,01,09694,Xã Suối Hai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09676,Xã Sơn Đà,false,01,09676,Xã Bất Bạt
01,Thành phố Hà Nội,271,Huyện Ba Vì,09679,Xã Đông Quang,false,01,09619,Xã Quảng Oai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09682,Xã Tiên Phong,false,01,09619,Xã Quảng Oai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09685,Xã Thụy An,true,01,09619,Xã Quảng Oai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09685,Xã Thụy An,true,01,09694,Xã Suối Hai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09688,Xã Cam Thượng,false,01,09619,Xã Quảng Oai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09691,Xã Thuần Mỹ,false,01,09676,Xã Bất Bạt
01,Thành phố Hà Nội,271,Huyện Ba Vì,09694,Xã Tản Lĩnh,false,01,09694,Xã Suối Hai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09697,Xã Ba Trại,false,01,09694,Xã Suối Hai
01,Thành phố Hà Nội,271,Huyện Ba Vì,09700,Xã Minh Quang,true,01,09700,Xã Ba Vì
01,Thành phố Hà Nội,271,Huyện Ba Vì,09700,Xã Minh Quang,true,01,09676,Xã Bất Bạt
01,Thành phố Hà Nội,271,Huyện Ba Vì,09703,Xã Ba Vì,false,01,09700,Xã Ba Vì
01,Thành phố Hà Nội,271,Huyện Ba Vì,09706,Xã Vân Hòa,false,01,09706,Xã Yên Bài
01,Thành phố Hà Nội,271,Huyện Ba Vì,09709,Xã Yên Bài,false,01,09706,Xã Yên Bài
01,Thành phố Hà Nội,271,Huyện Ba Vì,09712,Xã Khánh Thượng,false,01,09700,Xã Ba Vì
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09715,Thị trấn Phúc Thọ,false,01,09715,Xã Phúc Thọ
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09721,Xã Vân Phúc,false,01,09739,Xã Phúc Lộc
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09724,Xã Nam Hà,false,01,09739,Xã Phúc Lộc
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09727,Xã Xuân Đình,false,01,09739,Xã Phúc Lộc
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09733,Xã Sen Phương,false,01,09739,Xã Phúc Lộc
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09739,Xã Võng Xuyên,false,01,09739,Xã Phúc Lộc
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09742,Xã Tích Lộc,false,01,09715,Xã Phúc Thọ
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09745,Xã Long Thượng,false,01,09715,Xã Phúc Thọ
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09751,Xã Hát Môn,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09757,Xã Thanh Đa,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09760,Xã Trạch Mỹ Lộc,false,01,09715,Xã Phúc Thọ
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09763,Xã Phúc Hòa,false,01,09715,Xã Phúc Thọ
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09766,Xã Ngọc Tảo,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09769,Xã Phụng Thượng,false,01,09715,Xã Phúc Thọ
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09772,Xã Tam Thuấn,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09775,Xã Tam Hiệp,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09778,Xã Hiệp Thuận,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,272,Huyện Phúc Thọ,09781,Xã Liên Hiệp,false,01,09772,Xã Hát Môn
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09784,Thị trấn Phùng,false,01,09784,Xã Đan Phượng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09787,Xã Trung Châu,true,01,09787,Xã Liên Minh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09787,Xã Trung Châu,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09790,Xã Thọ An,true,01,09787,Xã Liên Minh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09790,Xã Thọ An,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09793,Xã Thọ Xuân,true,01,09787,Xã Liên Minh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09793,Xã Thọ Xuân,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09796,Xã Hồng Hà,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09796,Xã Hồng Hà,true,01,09787,Xã Liên Minh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09796,Xã Hồng Hà,true,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09796,Xã Hồng Hà,true,01,08980,Xã Yên Lãng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09799,Xã Liên Hồng,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09799,Xã Liên Hồng,true,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09802,Xã Liên Hà,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09802,Xã Liên Hà,true,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09805,Xã Hạ Mỗ,false,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09808,Xã Liên Trung,true,01,09022,Xã Mê Linh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09808,Xã Liên Trung,true,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09811,Xã Phương Đình,false,01,09787,Xã Liên Minh
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09814,Xã Thượng Mỗ,false,01,09784,Xã Đan Phượng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09817,Xã Tân Hội,false,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09820,Xã Tân Lập,true,01,09817,Xã Ô Diên
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09820,Xã Tân Lập,true,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09823,Xã Đan Phượng,false,01,09784,Xã Đan Phượng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09826,Xã Đồng Tháp,false,01,09784,Xã Đan Phượng
01,Thành phố Hà Nội,273,Huyện Đan Phượng,09829,Xã Song Phượng,false,01,09784,Xã Đan Phượng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09832,Thị trấn Trạm Trôi,false,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09835,Xã Đức Thượng,false,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09838,Xã Minh Khai,false,01,09856,Xã Dương Hòa
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09841,Xã Dương Liễu,false,01,09856,Xã Dương Hòa
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09844,Xã Di Trạch,false,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09847,Xã Đức Giang,false,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09850,Xã Cát Quế,false,01,09856,Xã Dương Hòa
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09853,Xã Kim Chung,true,01,09832,Xã Hoài Đức
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09853,Xã Kim Chung,true,01,00613,Phường Tây Tựu
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09856,Xã Yên Sở,false,01,09856,Xã Dương Hòa
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09859,Xã Sơn Đồng,false,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09862,Xã Vân Canh,true,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09862,Xã Vân Canh,true,01,00622,Phường Xuân Phương
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09865,Xã Đắc Sở,false,01,09856,Xã Dương Hòa
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09868,Xã Lại Yên,false,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09871,Xã Tiền Yên,false,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09874,Xã Song Phương,true,01,09877,Xã An Khánh
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09874,Xã Song Phương,true,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09877,Xã An Khánh,true,01,09877,Xã An Khánh
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09877,Xã An Khánh,true,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09877,Xã An Khánh,true,01,00634,Phường Tây Mỗ
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09880,Xã An Thượng,true,01,09877,Xã An Khánh
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09880,Xã An Thượng,true,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09883,Xã Vân Côn,true,01,09877,Xã An Khánh
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09883,Xã Vân Côn,true,01,09871,Xã Sơn Đồng
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09889,Xã La Phù,true,01,09877,Xã An Khánh
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09889,Xã La Phù,true,01,09886,Phường Dương Nội
01,Thành phố Hà Nội,274,Huyện Hoài Đức,09892,Xã Đông La,false,01,09877,Xã An Khánh
01,Thành phố Hà Nội,275,Huyện Quốc Oai,04939,Xã Đông Xuân,false,01,04930,Xã Yên Xuân
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09895,Thị trấn Quốc Oai,true,01,09895,Xã Quốc Oai
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09895,Thị trấn Quốc Oai,true,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09898,Xã Sài Sơn,false,01,09895,Xã Quốc Oai
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09904,Xã Phượng Sơn,true,01,09895,Xã Quốc Oai
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09904,Xã Phượng Sơn,true,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09907,Xã Ngọc Liệp,true,01,09910,Xã Kiều Phú
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09907,Xã Ngọc Liệp,true,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09910,Xã Ngọc Mỹ,true,01,09910,Xã Kiều Phú
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09910,Xã Ngọc Mỹ,true,01,09895,Xã Quốc Oai
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09916,Xã Thạch Thán,false,01,09895,Xã Quốc Oai
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09919,Xã Đồng Quang,false,01,09931,Xã Hưng Đạo
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09922,Xã Phú Cát,true,01,09982,Xã Hạ Bằng
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09922,Xã Phú Cát,true,01,09952,Xã Phú Cát
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09925,Xã Tuyết Nghĩa,false,01,09910,Xã Kiều Phú
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09928,Xã Liệp Nghĩa,false,01,09910,Xã Kiều Phú
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09931,Xã Cộng Hòa,false,01,09931,Xã Hưng Đạo
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09934,Xã Hưng Đạo,false,01,09931,Xã Hưng Đạo
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09940,Xã Phú Mãn,false,01,09952,Xã Phú Cát
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09943,Xã Cấn Hữu,false,01,09910,Xã Kiều Phú
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09949,Xã Hòa Thạch,false,01,09952,Xã Phú Cát
01,Thành phố Hà Nội,275,Huyện Quốc Oai,09952,Xã Đông Yên,false,01,09952,Xã Phú Cát
01,Thành phố Hà Nội,276,Huyện Thạch Thất,04927,Xã Yên Trung,false,01,04930,Xã Yên Xuân
01,Thành phố Hà Nội,276,Huyện Thạch Thất,04930,Xã Yên Bình,false,01,04930,Xã Yên Xuân
01,Thành phố Hà Nội,276,Huyện Thạch Thất,04936,Xã Tiến Xuân,true,01,09988,Xã Hòa Lạc
01,Thành phố Hà Nội,276,Huyện Thạch Thất,04936,Xã Tiến Xuân,true,01,04930,Xã Yên Xuân
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09955,Thị trấn Liên Quan,false,01,09955,Xã Thạch Thất
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09958,Xã Đại Đồng,false,01,09955,Xã Thạch Thất
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09961,Xã Cẩm Yên,false,01,09955,Xã Thạch Thất
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09964,Xã Lại Thượng,false,01,09955,Xã Thạch Thất
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09967,Xã Phú Kim,false,01,09955,Xã Thạch Thất
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09970,Xã Hương Ngải,false,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09973,Xã Lam Sơn,false,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09976,Xã Kim Quan,false,01,09955,Xã Thạch Thất
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09982,Xã Bình Yên,true,01,09982,Xã Hạ Bằng
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09982,Xã Bình Yên,true,01,09988,Xã Hòa Lạc
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09988,Xã Thạch Hòa,true,01,09988,Xã Hòa Lạc
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09988,Xã Thạch Hòa,true,01,09706,Xã Yên Bài
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09988,Xã Thạch Hòa,true,01,04930,Xã Yên Xuân
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09991,Xã Cần Kiệm,false,01,09982,Xã Hạ Bằng
01,Thành phố Hà Nội,276,Huyện Thạch Thất,09997,Xã Phùng Xá,false,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10000,Xã Tân Xã,true,01,09982,Xã Hạ Bằng
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10000,Xã Tân Xã,true,01,09988,Xã Hòa Lạc
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10003,Xã Thạch Xá,false,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10006,Xã Quang Trung,true,01,09910,Xã Kiều Phú
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10006,Xã Quang Trung,true,01,10003,Xã Tây Phương
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10009,Xã Hạ Bằng,true,01,09982,Xã Hạ Bằng
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10009,Xã Hạ Bằng,true,01,09988,Xã Hòa Lạc
01,Thành phố Hà Nội,276,Huyện Thạch Thất,10012,Xã Đồng Trúc,false,01,09982,Xã Hạ Bằng
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10015,Thị trấn Chúc Sơn,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10018,Thị trấn Xuân Mai,false,01,10045,Xã Xuân Mai
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10021,Xã Phụng Châu,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10024,Xã Tiên Phương,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10027,Xã Đông Sơn,false,01,10030,Xã Phú Nghĩa
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10030,Xã Đông Phương Yên,false,01,10030,Xã Phú Nghĩa
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10033,Xã Phú Nghĩa,false,01,10030,Xã Phú Nghĩa
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10039,Xã Trường Yên,false,01,10030,Xã Phú Nghĩa
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10042,Xã Ngọc Hòa,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10045,Xã Thủy Xuân Tiên,false,01,10045,Xã Xuân Mai
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10048,Xã Thanh Bình,false,01,10030,Xã Phú Nghĩa
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10051,Xã Trung Hòa,false,01,10030,Xã Phú Nghĩa
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10054,Xã Đại Yên,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10057,Xã Thụy Hương,false,01,10015,Phường Chương Mỹ
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10060,Xã Tốt Động,false,01,10072,Xã Quảng Bị
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10063,Xã Lam Điền,true,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10063,Xã Lam Điền,true,01,10072,Xã Quảng Bị
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10066,Xã Tân Tiến,true,01,10081,Xã Trần Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10066,Xã Tân Tiến,true,01,10045,Xã Xuân Mai
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10069,Xã Nam Phương Tiến,false,01,10045,Xã Xuân Mai
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10072,Xã Hợp Đồng,false,01,10072,Xã Quảng Bị
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10075,Xã Hoàng Văn Thụ,false,01,10081,Xã Trần Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10078,Xã Hoàng Diệu,false,01,10072,Xã Quảng Bị
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10081,Xã Hữu Văn,false,01,10081,Xã Trần Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10084,Xã Quảng Bị,false,01,10072,Xã Quảng Bị
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10087,Xã Mỹ Lương,false,01,10081,Xã Trần Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10090,Xã Thượng Vực,false,01,10096,Xã Hòa Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10096,Xã Hồng Phú,false,01,10096,Xã Hòa Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10099,Xã Trần Phú,false,01,10081,Xã Trần Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10102,Xã Văn Võ,false,01,10096,Xã Hòa Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10105,Xã Đồng Lạc,false,01,10096,Xã Hòa Phú
01,Thành phố Hà Nội,277,Huyện Chương Mỹ,10108,Xã Hòa Phú,false,01,10096,Xã Hòa Phú
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10114,Thị trấn Kim Bài,false,01,10114,Xã Thanh Oai
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10120,Xã Cự Khê,true,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10120,Xã Cự Khê,true,01,09568,Phường Phú Lương
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10126,Xã Bích Hòa,false,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10129,Xã Mỹ Hưng,false,01,10144,Xã Tam Hưng
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10132,Xã Cao Viên,false,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10135,Xã Bình Minh,false,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10138,Xã Tam Hưng,false,01,10144,Xã Tam Hưng
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10141,Xã Thanh Cao,false,01,10126,Xã Bình Minh
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10144,Xã Thanh Thùy,false,01,10144,Xã Tam Hưng
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10147,Xã Thanh Mai,false,01,10114,Xã Thanh Oai
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10150,Xã Thanh Văn,false,01,10144,Xã Tam Hưng
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10153,Xã Đỗ Động,false,01,10114,Xã Thanh Oai
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10156,Xã Kim An,false,01,10114,Xã Thanh Oai
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10159,Xã Kim Thư,true,01,10096,Xã Hòa Phú
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10159,Xã Kim Thư,true,01,10114,Xã Thanh Oai
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10162,Xã Phương Trung,false,01,10114,Xã Thanh Oai
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10165,Xã Tân Ước,false,01,10180,Xã Dân Hòa
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10168,Xã Dân Hòa,false,01,10180,Xã Dân Hòa
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10171,Xã Liên Châu,false,01,10180,Xã Dân Hòa
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10174,Xã Cao Xuân Dương,false,01,10180,Xã Dân Hòa
01,Thành phố Hà Nội,278,Huyện Thanh Oai,10180,Xã Hồng Dương,false,01,10180,Xã Dân Hòa
01,Thành phố Hà Nội,279,Huyện Thường Tín,10183,Thị trấn Thường Tín,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10186,Xã Ninh Sở,true,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,279,Huyện Thường Tín,10186,Xã Ninh Sở,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,279,Huyện Thường Tín,10189,Xã Nhị Khê,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10192,Xã Duyên Thái,true,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,279,Huyện Thường Tín,10192,Xã Duyên Thái,true,01,00685,Xã Nam Phù
01,Thành phố Hà Nội,279,Huyện Thường Tín,10192,Xã Duyên Thái,true,01,00679,Xã Ngọc Hồi
01,Thành phố Hà Nội,279,Huyện Thường Tín,10195,Xã Khánh Hà,true,01,00679,Xã Ngọc Hồi
01,Thành phố Hà Nội,279,Huyện Thường Tín,10195,Xã Khánh Hà,true,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10198,Xã Hòa Bình,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10201,Xã Văn Bình,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10204,Xã Hiền Giang,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10207,Xã Hồng Vân,false,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,279,Huyện Thường Tín,10210,Xã Vân Tảo,false,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,279,Huyện Thường Tín,10213,Xã Liên Phương,false,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,279,Huyện Thường Tín,10216,Xã Văn Phú,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10219,Xã Tự Nhiên,false,01,10237,Xã Chương Dương
01,Thành phố Hà Nội,279,Huyện Thường Tín,10222,Xã Tiền Phong,false,01,10183,Xã Thường Tín
01,Thành phố Hà Nội,279,Huyện Thường Tín,10225,Xã Hà Hồi,false,01,10210,Xã Hồng Vân
01,Thành phố Hà Nội,279,Huyện Thường Tín,10231,Xã Nguyễn Trãi,false,01,10231,Xã Thượng Phúc
01,Thành phố Hà Nội,279,Huyện Thường Tín,10234,Xã Quất Động,false,01,10231,Xã Thượng Phúc
01,Thành phố Hà Nội,279,Huyện Thường Tín,10237,Xã Chương Dương,false,01,10237,Xã Chương Dương
01,Thành phố Hà Nội,279,Huyện Thường Tín,10240,Xã Tân Minh,false,01,10231,Xã Thượng Phúc
01,Thành phố Hà Nội,279,Huyện Thường Tín,10243,Xã Lê Lợi,false,01,10237,Xã Chương Dương
01,Thành phố Hà Nội,279,Huyện Thường Tín,10246,Xã Thắng Lợi,false,01,10237,Xã Chương Dương
01,Thành phố Hà Nội,279,Huyện Thường Tín,10249,Xã Dũng Tiến,false,01,10231,Xã Thượng Phúc
01,Thành phố Hà Nội,279,Huyện Thường Tín,10255,Xã Nghiêm Xuyên,false,01,10231,Xã Thượng Phúc
01,Thành phố Hà Nội,279,Huyện Thường Tín,10258,Xã Tô Hiệu,true,01,10237,Xã Chương Dương
01,Thành phố Hà Nội,279,Huyện Thường Tín,10258,Xã Tô Hiệu,true,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,279,Huyện Thường Tín,10261,Xã Văn Tự,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,279,Huyện Thường Tín,10264,Xã Vạn Nhất,true,01,10237,Xã Chương Dương
01,Thành phố Hà Nội,279,Huyện Thường Tín,10264,Xã Vạn Nhất,true,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,279,Huyện Thường Tín,10267,Xã Minh Cường,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10270,Thị trấn Phú Minh,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10273,Thị trấn Phú Xuyên,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10276,Xã Hồng Minh,false,01,10279,Xã Phượng Dực
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10279,Xã Phượng Dực,false,01,10279,Xã Phượng Dực
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10282,Xã Nam Tiến,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10291,Xã Văn Hoàng,false,01,10279,Xã Phượng Dực
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10294,Xã Phú Túc,false,01,10279,Xã Phượng Dực
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10300,Xã Hồng Thái,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10303,Xã Hoàng Long,false,01,10279,Xã Phượng Dực
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10312,Xã Nam Phong,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10315,Xã Tân Dân,false,01,10330,Xã Chuyên Mỹ
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10318,Xã Quang Hà,false,01,10273,Xã Phú Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10321,Xã Chuyên Mỹ,false,01,10330,Xã Chuyên Mỹ
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10324,Xã Khai Thái,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10327,Xã Phúc Tiến,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10330,Xã Vân Từ,false,01,10330,Xã Chuyên Mỹ
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10333,Xã Tri Thủy,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10336,Xã Đại Xuyên,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10339,Xã Phú Yên,false,01,10330,Xã Chuyên Mỹ
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10342,Xã Bạch Hạ,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10345,Xã Quang Lãng,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10348,Xã Châu Can,false,01,10330,Xã Chuyên Mỹ
01,Thành phố Hà Nội,280,Huyện Phú Xuyên,10351,Xã Minh Tân,false,01,10342,Xã Đại Xuyên
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10354,Thị trấn Vân Đình,false,01,10354,Xã Vân Đình
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10363,Xã Hoa Viên,false,01,10369,Xã Ứng Thiên
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10366,Xã Quảng Phú Cầu,false,01,10369,Xã Ứng Thiên
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10369,Xã Trường Thịnh,false,01,10369,Xã Ứng Thiên
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10375,Xã Liên Bạt,false,01,10369,Xã Ứng Thiên
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10378,Xã Cao Sơn Tiến,false,01,10354,Xã Vân Đình
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10384,Xã Phương Tú,false,01,10354,Xã Vân Đình
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10387,Xã Trung Tú,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10390,Xã Đồng Tân,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10393,Xã Tảo Dương Văn,false,01,10354,Xã Vân Đình
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10396,Xã Thái Hòa,false,01,10417,Xã Hòa Xá
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10399,Xã Minh Đức,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10402,Xã Trầm Lộng,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10411,Xã Kim Đường,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10417,Xã Hòa Phú,false,01,10417,Xã Hòa Xá
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10423,Xã Đại Hùng,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10426,Xã Đông Lỗ,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10429,Xã Phù Lưu,false,01,10417,Xã Hòa Xá
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10432,Xã Đại Cường,false,01,10402,Xã Ứng Hòa
01,Thành phố Hà Nội,281,Huyện Ứng Hòa,10435,Xã Bình Lưu Quang,false,01,10417,Xã Hòa Xá
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10441,Thị trấn Đại Nghĩa,false,01,10441,Xã Mỹ Đức
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10444,Xã Đồng Tâm,true,01,10459,Xã Phúc Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10444,Xã Đồng Tâm,true,01,10081,Xã Trần Phú
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10447,Xã Thượng Lâm,false,01,10459,Xã Phúc Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10450,Xã Tuy Lai,false,01,10459,Xã Phúc Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10453,Xã Phúc Lâm,false,01,10459,Xã Phúc Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10459,Xã Mỹ Xuyên,false,01,10459,Xã Phúc Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10462,Xã An Mỹ,false,01,10465,Xã Hồng Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10465,Xã Hồng Sơn,false,01,10465,Xã Hồng Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10468,Xã Lê Thanh,false,01,10465,Xã Hồng Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10471,Xã Xuy Xá,false,01,10465,Xã Hồng Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10474,Xã Phùng Xá,false,01,10465,Xã Hồng Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10477,Xã Phù Lưu Tế,false,01,10441,Xã Mỹ Đức
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10480,Xã Đại Hưng,false,01,10441,Xã Mỹ Đức
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10483,Xã Vạn Tín,false,01,10489,Xã Hương Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10489,Xã Hương Sơn,false,01,10489,Xã Hương Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10492,Xã Hùng Tiến,false,01,10489,Xã Hương Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10495,Xã An Tiến,false,01,10489,Xã Hương Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10498,Xã Hợp Tiến,false,01,10465,Xã Hồng Sơn
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10501,Xã Hợp Thanh,false,01,10441,Xã Mỹ Đức
01,Thành phố Hà Nội,282,Huyện Mỹ Đức,10504,Xã An Phú,false,01,10441,Xã Mỹ Đức
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00688,Phường Quang Trung,true,08,00694,Phường Hà Giang 1
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00688,Phường Quang Trung,true,08,00691,Phường Hà Giang 2
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00691,Phường Trần Phú,false,08,00691,Phường Hà Giang 2
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00692,Phường Ngọc Hà,false,08,00691,Phường Hà Giang 2
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00694,Phường Nguyễn Trãi,false,08,00694,Phường Hà Giang 1
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00697,Phường Minh Khai,false,08,00691,Phường Hà Giang 2
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00700,Xã Ngọc Đường,false,08,00700,Xã Ngọc Đường
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00946,Xã Phương Độ,false,08,00694,Phường Hà Giang 1
02,Tỉnh Hà Giang,024,Thành phố Hà Giang,00949,Xã Phương Thiện,false,08,00694,Phường Hà Giang 1
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00712,Thị trấn Phố Bảng,false,08,00745,Xã Phố Bảng
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00715,Xã Lũng Cú,false,08,00715,Xã Lũng Cú
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00718,Xã Má Lé,false,08,00715,Xã Lũng Cú
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00721,Thị trấn Đồng Văn,false,08,00721,Xã Đồng Văn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00724,Xã Lũng Táo,false,08,00715,Xã Lũng Cú
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00727,Xã Phố Là,false,08,00745,Xã Phố Bảng
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00730,Xã Thài Phìn Tủng,false,08,00721,Xã Đồng Văn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00733,Xã Sủng Là,false,08,00733,Xã Sà Phìn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00736,Xã Sà Phìn,false,08,00733,Xã Sà Phìn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00739,Xã Tả Phìn,false,08,00721,Xã Đồng Văn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00742,Xã Tả Lủng,false,08,00721,Xã Đồng Văn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00745,Xã Phố Cáo,false,08,00745,Xã Phố Bảng
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00748,Xã Sính Lủng,false,08,00733,Xã Sà Phìn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00751,Xã Sảng Tủng,false,08,00733,Xã Sà Phìn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00754,Xã Lũng Thầu,false,08,00745,Xã Phố Bảng
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00757,Xã Hố Quáng Phìn,false,08,00763,Xã Lũng Phìn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00760,Xã Vần Chải,false,08,00820,Xã Yên Minh
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00763,Xã Lũng Phìn,false,08,00763,Xã Lũng Phìn
02,Tỉnh Hà Giang,026,Huyện Đồng Văn,00766,Xã Sủng Trái,false,08,00763,Xã Lũng Phìn
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00769,Thị trấn Mèo Vạc,false,08,00769,Xã Mèo Vạc
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00772,Xã Thượng Phùng,false,08,00778,Xã Sơn Vĩ
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00775,Xã Pải Lủng,false,08,00721,Xã Đồng Văn
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00778,Xã Xín Cái,false,08,00778,Xã Sơn Vĩ
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00781,Xã Pả Vi,false,08,00769,Xã Mèo Vạc
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00784,Xã Giàng Chu Phìn,false,08,00769,Xã Mèo Vạc
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00787,Xã Sủng Trà,false,08,00787,Xã Sủng Máng
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00790,Xã Sủng Máng,false,08,00787,Xã Sủng Máng
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00793,Xã Sơn Vĩ,false,08,00778,Xã Sơn Vĩ
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00796,Xã Tả Lủng,false,08,00769,Xã Mèo Vạc
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00799,Xã Cán Chu Phìn,false,08,00802,Xã Khâu Vai
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00802,Xã Lũng Pù,false,08,00802,Xã Khâu Vai
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00805,Xã Lũng Chinh,false,08,00787,Xã Sủng Máng
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00808,Xã Tát Ngà,false,08,00808,Xã Tát Ngà
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00811,Xã Nậm Ban,false,08,00808,Xã Tát Ngà
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00814,Xã Khâu Vai,false,08,00802,Xã Khâu Vai
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00815,Xã Niêm Tòng,false,08,00817,Xã Niêm Sơn
02,Tỉnh Hà Giang,027,Huyện Mèo Vạc,00817,Xã Niêm Sơn,false,08,00817,Xã Niêm Sơn
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00820,Thị trấn Yên Minh,false,08,00820,Xã Yên Minh
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00823,Xã Thắng Mố,false,08,00829,Xã Thắng Mố
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00826,Xã Phú Lũng,false,08,00832,Xã Bạch Đích
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00829,Xã Sủng Cháng,false,08,00829,Xã Thắng Mố
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00832,Xã Bạch Đích,false,08,00832,Xã Bạch Đích
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00835,Xã Na Khê,false,08,00832,Xã Bạch Đích
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00838,Xã Sủng Thài,false,08,00829,Xã Thắng Mố
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00841,Xã Hữu Vinh,false,08,00820,Xã Yên Minh
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00844,Xã Lao Và Chải,false,08,00820,Xã Yên Minh
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00847,Xã Mậu Duệ,false,08,00847,Xã Mậu Duệ
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00850,Xã Đông Minh,false,08,00820,Xã Yên Minh
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00853,Xã Mậu Long,false,08,00847,Xã Mậu Duệ
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00856,Xã Ngam La,false,08,00847,Xã Mậu Duệ
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00859,Xã Ngọc Long,false,08,00859,Xã Ngọc Long
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00862,Xã Đường Thượng,false,08,00865,Xã Đường Thượng
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00865,Xã Lũng Hồ,false,08,00865,Xã Đường Thượng
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00868,Xã Du Tiến,false,08,00871,Xã Du Già
02,Tỉnh Hà Giang,028,Huyện Yên Minh,00871,Xã Du Già,false,08,00871,Xã Du Già
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00874,Thị trấn Tam Sơn,false,08,00874,Xã Quản Bạ
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00877,Xã Bát Đại Sơn,false,08,00883,Xã Cán Tỷ
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00880,Xã Nghĩa Thuận,false,08,00889,Xã Nghĩa Thuận
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00883,Xã Cán Tỷ,false,08,00883,Xã Cán Tỷ
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00886,Xã Cao Mã Pờ,false,08,00892,Xã Tùng Vài
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00889,Xã Thanh Vân,false,08,00889,Xã Nghĩa Thuận
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00892,Xã Tùng Vài,false,08,00892,Xã Tùng Vài
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00895,Xã Đông Hà,false,08,00901,Xã Lùng Tám
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00898,Xã Quản Bạ,false,08,00874,Xã Quản Bạ
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00901,Xã Lùng Tám,false,08,00901,Xã Lùng Tám
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00904,Xã Quyết Tiến,false,08,00874,Xã Quản Bạ
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00907,Xã Tả Ván,false,08,00892,Xã Tùng Vài
02,Tỉnh Hà Giang,029,Huyện Quản Bạ,00910,Xã Thái An,false,08,00901,Xã Lùng Tám
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00703,Xã Kim Thạch,false,08,00706,Xã Phú Linh
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00706,Xã Phú Linh,false,08,00706,Xã Phú Linh
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00709,Xã Kim Linh,false,08,00706,Xã Phú Linh
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00913,Thị trấn Vị Xuyên,false,08,00913,Xã Vị Xuyên
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00916,Thị trấn Nông trường Việt Lâm,false,08,00913,Xã Vị Xuyên
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00919,Xã Minh Tân,false,08,00919,Xã Minh Tân
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00922,Xã Thuận Hòa,false,08,00922,Xã Thuận Hòa
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00925,Xã Tùng Bá,false,08,00925,Xã Tùng Bá
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00928,Xã Thanh Thủy,false,08,00928,Xã Thanh Thủy
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00931,Xã Thanh Đức,false,08,00937,Xã Lao Chải
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00934,Xã Phong Quang,false,08,00691,Phường Hà Giang 2
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00937,Xã Xín Chải,false,08,00937,Xã Lao Chải
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00940,Xã Phương Tiến,false,08,00928,Xã Thanh Thủy
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00943,Xã Lao Chải,false,08,00937,Xã Lao Chải
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00952,Xã Cao Bồ,false,08,00952,Xã Cao Bồ
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00955,Xã Đạo Đức,false,08,00913,Xã Vị Xuyên
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00958,Xã Thượng Sơn,false,08,00958,Xã Thượng Sơn
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00961,Xã Linh Hồ,false,08,00970,Xã Linh Hồ
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00964,Xã Quảng Ngần,false,08,00967,Xã Việt Lâm
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00967,Xã Việt Lâm,true,08,00913,Xã Vị Xuyên
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00967,Xã Việt Lâm,true,08,00967,Xã Việt Lâm
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00970,Xã Ngọc Linh,false,08,00970,Xã Linh Hồ
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00973,Xã Ngọc Minh,false,08,00976,Xã Bạch Ngọc
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00976,Xã Bạch Ngọc,false,08,00976,Xã Bạch Ngọc
02,Tỉnh Hà Giang,030,Huyện Vị Xuyên,00979,Xã Trung Thành,false,08,00970,Xã Linh Hồ
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00982,Xã Minh Sơn,false,08,00982,Xã Minh Sơn
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00985,Xã Giáp Trung,false,08,00985,Xã Giáp Trung
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00988,Xã Yên Định,true,08,00994,Xã Minh Ngọc
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00988,Xã Yên Định,true,08,00700,Xã Ngọc Đường
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00991,Thị trấn Yên Phú,false,08,00991,Xã Bắc Mê
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00994,Xã Minh Ngọc,false,08,00994,Xã Minh Ngọc
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,00997,Xã Yên Phong,false,08,00991,Xã Bắc Mê
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01000,Xã Lạc Nông,false,08,00991,Xã Bắc Mê
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01003,Xã Phú Nam,false,08,01012,Xã Đường Hồng
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01006,Xã Yên Cường,false,08,01006,Xã Yên Cường
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01009,Xã Thượng Tân,false,08,00994,Xã Minh Ngọc
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01012,Xã Đường Âm,false,08,01012,Xã Đường Hồng
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01015,Xã Đường Hồng,false,08,01012,Xã Đường Hồng
02,Tỉnh Hà Giang,031,Huyện Bắc Mê,01018,Xã Phiêng Luông,false,08,01006,Xã Yên Cường
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01021,Thị trấn Vinh Quang,false,08,01021,Xã Hoàng Su Phì
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01024,Xã Bản Máy,false,08,01024,Xã Bản Máy
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01027,Xã Thàng Tín,false,08,01033,Xã Thàng Tín
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01030,Xã Thèn Chu Phìn,false,08,01033,Xã Thàng Tín
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01033,Xã Pố Lồ,false,08,01033,Xã Thàng Tín
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01036,Xã Bản Phùng,false,08,01024,Xã Bản Máy
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01039,Xã Túng Sán,false,08,01051,Xã Tân Tiến
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01042,Xã Chiến Phố,false,08,01024,Xã Bản Máy
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01045,Xã Đản Ván,false,08,01021,Xã Hoàng Su Phì
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01048,Xã Tụ Nhân,false,08,01021,Xã Hoàng Su Phì
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01051,Xã Tân Tiến,false,08,01051,Xã Tân Tiến
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01054,Xã Nàng Đôn,false,08,01057,Xã Pờ Ly Ngài
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01057,Xã Pờ Ly Ngài,false,08,01057,Xã Pờ Ly Ngài
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01060,Xã Sán Sả Hồ,false,08,01057,Xã Pờ Ly Ngài
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01063,Xã Bản Luốc,false,08,01021,Xã Hoàng Su Phì
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01066,Xã Ngàm Đăng Vài,false,08,01021,Xã Hoàng Su Phì
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01069,Xã Bản Nhùng,false,08,01051,Xã Tân Tiến
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01072,Xã Tả Sử Choóng,false,08,01075,Xã Nậm Dịch
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01075,Xã Nậm Dịch,false,08,01075,Xã Nậm Dịch
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01081,Xã Hồ Thầu,false,08,01084,Xã Hồ Thầu
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01084,Xã Nam Sơn,false,08,01084,Xã Hồ Thầu
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01087,Xã Nậm Ty,false,08,01075,Xã Nậm Dịch
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01090,Xã Thông Nguyên,false,08,01090,Xã Thông Nguyên
02,Tỉnh Hà Giang,032,Huyện Hoàng Su Phì,01093,Xã Nậm Khòa,false,08,01084,Xã Hồ Thầu
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01096,Thị trấn Cốc Pài,false,08,01096,Xã Pà Vầy Sủ
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01099,Xã Nàn Xỉn,false,08,01108,Xã Xín Mần
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01102,Xã Bản Díu,false,08,01108,Xã Xín Mần
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01105,Xã Chí Cà,false,08,01108,Xã Xín Mần
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01108,Xã Xín Mần,false,08,01108,Xã Xín Mần
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01114,Xã Thèn Phàng,false,08,01108,Xã Xín Mần
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01117,Xã Trung Thịnh,false,08,01117,Xã Trung Thịnh
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01120,Xã Pà Vầy Sủ,false,08,01096,Xã Pà Vầy Sủ
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01123,Xã Cốc Rế,false,08,01117,Xã Trung Thịnh
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01126,Xã Thu Tà,false,08,01117,Xã Trung Thịnh
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01129,Xã Nàn Ma,false,08,01096,Xã Pà Vầy Sủ
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01132,Xã Tả Nhìu,false,08,01141,Xã Nấm Dẩn
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01135,Xã Bản Ngò,false,08,01096,Xã Pà Vầy Sủ
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01138,Xã Chế Là,false,08,01141,Xã Nấm Dẩn
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01141,Xã Nấm Dẩn,false,08,01141,Xã Nấm Dẩn
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01144,Xã Quảng Nguyên,false,08,01144,Xã Quảng Nguyên
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01147,Xã Nà Chì,false,08,01147,Xã Khuôn Lùng
02,Tỉnh Hà Giang,033,Huyện Xín Mần,01150,Xã Khuôn Lùng,false,08,01147,Xã Khuôn Lùng
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01153,Thị trấn Việt Quang,false,08,01153,Xã Bắc Quang
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01156,Thị trấn Vĩnh Tuy,false,08,01156,Xã Vĩnh Tuy
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01159,Xã Tân Lập,false,08,01171,Xã Tân Quang
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01162,Xã Tân Thành,false,08,01171,Xã Tân Quang
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01165,Xã Đồng Tiến,false,08,01165,Xã Đồng Tâm
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01168,Xã Đồng Tâm,false,08,01165,Xã Đồng Tâm
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01171,Xã Tân Quang,false,08,01171,Xã Tân Quang
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01174,Xã Thượng Bình,false,08,01165,Xã Đồng Tâm
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01177,Xã Hữu Sản,false,08,01192,Xã Liên Hiệp
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01180,Xã Kim Ngọc,false,08,01180,Xã Bằng Hành
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01183,Xã Việt Vinh,false,08,01153,Xã Bắc Quang
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01186,Xã Bằng Hành,false,08,01180,Xã Bằng Hành
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01189,Xã Quang Minh,false,08,01153,Xã Bắc Quang
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01192,Xã Liên Hiệp,false,08,01192,Xã Liên Hiệp
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01195,Xã Vô Điếm,false,08,01180,Xã Bằng Hành
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01198,Xã Việt Hồng,false,08,01201,Xã Hùng An
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01201,Xã Hùng An,false,08,01201,Xã Hùng An
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01204,Xã Đức Xuân,false,08,01192,Xã Liên Hiệp
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01207,Xã Tiên Kiều,false,08,01201,Xã Hùng An
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01210,Xã Vĩnh Hảo,false,08,01156,Xã Vĩnh Tuy
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01213,Xã Vĩnh Phúc,false,08,01216,Xã Đồng Yên
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01216,Xã Đồng Yên,false,08,01216,Xã Đồng Yên
02,Tỉnh Hà Giang,034,Huyện Bắc Quang,01219,Xã Đông Thành,false,08,01156,Xã Vĩnh Tuy
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01222,Xã Xuân Minh,false,08,01090,Xã Thông Nguyên
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01225,Xã Tiên Nguyên,false,08,01225,Xã Tiên Nguyên
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01228,Xã Tân Nam,false,08,01237,Xã Quang Bình
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01231,Xã Bản Rịa,false,08,01234,Xã Yên Thành
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01234,Xã Yên Thành,false,08,01234,Xã Yên Thành
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01237,Thị trấn Yên Bình,false,08,01237,Xã Quang Bình
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01240,Xã Tân Trịnh,false,08,01243,Xã Tân Trịnh
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01243,Xã Tân Bắc,false,08,01243,Xã Tân Trịnh
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01246,Xã Bằng Lang,false,08,01246,Xã Bằng Lang
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01249,Xã Yên Hà,false,08,01246,Xã Bằng Lang
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01252,Xã Hương Sơn,false,08,01261,Xã Tiên Yên
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01255,Xã Xuân Giang,false,08,01255,Xã Xuân Giang
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01258,Xã Nà Khương,false,08,01255,Xã Xuân Giang
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01261,Xã Tiên Yên,false,08,01261,Xã Tiên Yên
02,Tỉnh Hà Giang,035,Huyện Quang Bình,01264,Xã Vĩ Thượng,false,08,01261,Xã Tiên Yên
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01267,Phường Sông Hiến,false,04,01273,Phường Thục Phán
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01270,Phường Sông Bằng,false,04,01279,Phường Nùng Trí Cao
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01273,Phường Hợp Giang,false,04,01273,Phường Thục Phán
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01276,Phường Tân Giang,false,04,01288,Phường Tân Giang
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01279,Phường Ngọc Xuân,false,04,01279,Phường Nùng Trí Cao
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01282,Phường Đề Thám,false,04,01273,Phường Thục Phán
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01285,Phường Hòa Chung,false,04,01288,Phường Tân Giang
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01288,Phường Duyệt Trung,false,04,01288,Phường Tân Giang
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01693,Xã Vĩnh Quang,false,04,01279,Phường Nùng Trí Cao
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01705,Xã Hưng Đạo,false,04,01273,Phường Thục Phán
04,Tỉnh Cao Bằng,040,Thành phố Cao Bằng,01720,Xã Chu Trinh,false,04,01288,Phường Tân Giang
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01290,Thị trấn Pác Miầu,false,04,01290,Xã Bảo Lâm
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01291,Xã Đức Hạnh,false,04,01324,Xã Cốc Pàng
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01294,Xã Lý Bôn,false,04,01294,Xã Lý Bôn
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01296,Xã Nam Cao,false,04,01297,Xã Nam Quang
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01297,Xã Nam Quang,false,04,01297,Xã Nam Quang
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01300,Xã Vĩnh Quang,false,04,01294,Xã Lý Bôn
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01303,Xã Quảng Lâm,false,04,01304,Xã Quảng Lâm
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01304,Xã Thạch Lâm,false,04,01304,Xã Quảng Lâm
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01309,Xã Vĩnh Phong,false,04,01290,Xã Bảo Lâm
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01312,Xã Mông Ân,false,04,01290,Xã Bảo Lâm
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01315,Xã Thái Học,false,04,01318,Xã Yên Thổ
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01316,Xã Thái Sơn,false,04,01318,Xã Yên Thổ
04,Tỉnh Cao Bằng,042,Huyện Bảo Lâm,01318,Xã Yên Thổ,false,04,01318,Xã Yên Thổ
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01321,Thị trấn Bảo Lạc,false,04,01321,Xã Bảo Lạc
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01324,Xã Cốc Pàng,false,04,01324,Xã Cốc Pàng
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01327,Xã Thượng Hà,false,04,01327,Xã Cô Ba
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01330,Xã Cô Ba,false,04,01327,Xã Cô Ba
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01333,Xã Bảo Toàn,false,04,01321,Xã Bảo Lạc
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01336,Xã Khánh Xuân,false,04,01336,Xã Khánh Xuân
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01339,Xã Xuân Trường,false,04,01339,Xã Xuân Trường
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01342,Xã Hồng Trị,false,04,01321,Xã Bảo Lạc
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01343,Xã Kim Cúc,false,04,01351,Xã Hưng Đạo
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01345,Xã Phan Thanh,false,04,01336,Xã Khánh Xuân
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01348,Xã Hồng An,false,04,01339,Xã Xuân Trường
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01351,Xã Hưng Đạo,false,04,01351,Xã Hưng Đạo
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01352,Xã Hưng Thịnh,false,04,01351,Xã Hưng Đạo
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01354,Xã Huy Giáp,false,04,01354,Xã Huy Giáp
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01357,Xã Đình Phùng,false,04,01354,Xã Huy Giáp
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01359,Xã Sơn Lập,false,04,01360,Xã Sơn Lộ
04,Tỉnh Cao Bằng,043,Huyện Bảo Lạc,01360,Xã Sơn Lộ,false,04,01360,Xã Sơn Lộ
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01363,Thị trấn Thông Nông,false,04,01363,Xã Thông Nông
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01366,Xã Cần Yên,false,04,01366,Xã Cần Yên
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01367,Xã Cần Nông,false,04,01366,Xã Cần Yên
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01372,Xã Lương Thông,false,04,01366,Xã Cần Yên
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01375,Xã Đa Thông,false,04,01363,Xã Thông Nông
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01378,Xã Ngọc Động,false,04,01387,Xã Thanh Long
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01381,Xã Yên Sơn,false,04,01387,Xã Thanh Long
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01384,Xã Lương Can,false,04,01363,Xã Thông Nông
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01387,Xã Thanh Long,false,04,01387,Xã Thanh Long
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01392,Thị trấn Xuân Hòa,false,04,01392,Xã Trường Hà
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01393,Xã Lũng Nặm,false,04,01393,Xã Lũng Nặm
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01399,Xã Trường Hà,false,04,01392,Xã Trường Hà
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01402,Xã Cải Viên,false,04,01414,Xã Tổng Cọt
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01411,Xã Nội Thôn,false,04,01414,Xã Tổng Cọt
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01414,Xã Tổng Cọt,false,04,01414,Xã Tổng Cọt
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01417,Xã Sóc Hà,false,04,01392,Xã Trường Hà
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01420,Xã Thượng Thôn,false,04,01393,Xã Lũng Nặm
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01429,Xã Hồng Sỹ,false,04,01438,Xã Hà Quảng
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01432,Xã Quý Quân,false,04,01392,Xã Trường Hà
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01435,Xã Mã Ba,false,04,01438,Xã Hà Quảng
04,Tỉnh Cao Bằng,045,Huyện Hà Quảng,01438,Xã Ngọc Đào,false,04,01438,Xã Hà Quảng
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01447,Thị trấn Trà Lĩnh,false,04,01447,Xã Trà Lĩnh
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01453,Xã Tri Phương,false,04,01465,Xã Quang Trung
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01456,Xã Quang Hán,false,04,01456,Xã Quang Hán
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01462,Xã Xuân Nội,false,04,01465,Xã Quang Trung
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01465,Xã Quang Trung,false,04,01465,Xã Quang Trung
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01468,Xã Quang Vinh,false,04,01456,Xã Quang Hán
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01471,Xã Cao Chương,false,04,01447,Xã Trà Lĩnh
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01477,Thị trấn Trùng Khánh,false,04,01477,Xã Trùng Khánh
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01480,Xã Ngọc Khê,false,04,01489,Xã Đình Phong
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01481,Xã Ngọc Côn,false,04,01489,Xã Đình Phong
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01483,Xã Phong Nặm,false,04,01489,Xã Đình Phong
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01489,Xã Đình Phong,false,04,01489,Xã Đình Phong
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01495,Xã Đàm Thủy,false,04,01501,Xã Đàm Thủy
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01498,Xã Khâm Thành,false,04,01477,Xã Trùng Khánh
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01501,Xã Chí Viễn,false,04,01501,Xã Đàm Thủy
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01504,Xã Lăng Hiếu,false,04,01477,Xã Trùng Khánh
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01507,Xã Phong Châu,false,04,01501,Xã Đàm Thủy
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01516,Xã Trung Phúc,false,04,01525,Xã Đoài Dương
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01519,Xã Cao Thăng,false,04,01525,Xã Đoài Dương
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01522,Xã Đức Hồng,false,04,01477,Xã Trùng Khánh
04,Tỉnh Cao Bằng,047,Huyện Trùng Khánh,01525,Xã Đoài Dương,false,04,01525,Xã Đoài Dương
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01534,Xã Minh Long,false,04,01537,Xã Lý Quốc
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01537,Xã Lý Quốc,false,04,01537,Xã Lý Quốc
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01540,Xã Thắng Lợi,false,04,01552,Xã Quang Long
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01543,Xã Đồng Loan,false,04,01537,Xã Lý Quốc
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01546,Xã Đức Quang,false,04,01552,Xã Quang Long
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01549,Xã Kim Loan,false,04,01561,Xã Vinh Quý
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01552,Xã Quang Long,false,04,01552,Xã Quang Long
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01555,Xã An Lạc,false,04,01561,Xã Vinh Quý
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01558,Thị trấn Thanh Nhật,false,04,01558,Xã Hạ Lang
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01561,Xã Vinh Quý,false,04,01561,Xã Vinh Quý
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01564,Xã Thống Nhất,false,04,01558,Xã Hạ Lang
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01567,Xã Cô Ngân,false,04,01561,Xã Vinh Quý
04,Tỉnh Cao Bằng,048,Huyện Hạ Lang,01573,Xã Thị Hoa,false,04,01558,Xã Hạ Lang
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01474,Xã Quốc Toản,false,04,01447,Xã Trà Lĩnh
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01576,Thị trấn Quảng Uyên,false,04,01576,Xã Quảng Uyên
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01579,Xã Phi Hải,false,04,01576,Xã Quảng Uyên
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01582,Xã Quảng Hưng,false,04,01594,Xã Độc Lập
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01594,Xã Độc Lập,false,04,01594,Xã Độc Lập
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01597,Xã Cai Bộ,false,04,01594,Xã Độc Lập
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01603,Xã Phúc Sen,false,04,01576,Xã Quảng Uyên
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01606,Xã Chí Thảo,false,04,01576,Xã Quảng Uyên
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01609,Xã Tự Do,false,04,01618,Xã Hạnh Phúc
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01615,Xã Hồng Quang,false,04,01636,Xã Bế Văn Đàn
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01618,Xã Ngọc Động,false,04,01618,Xã Hạnh Phúc
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01624,Xã Hạnh Phúc,false,04,01618,Xã Hạnh Phúc
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01627,Thị trấn Tà Lùng,false,04,01648,Xã Phục Hòa
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01630,Xã Bế Văn Đàn,false,04,01636,Xã Bế Văn Đàn
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01636,Xã Cách Linh,false,04,01636,Xã Bế Văn Đàn
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01639,Xã Đại Sơn,false,04,01648,Xã Phục Hòa
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01645,Xã Tiên Thành,false,04,01807,Xã Thạch An
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01648,Thị trấn Hòa Thuận,false,04,01648,Xã Phục Hòa
04,Tỉnh Cao Bằng,049,Huyện Quảng Hòa,01651,Xã Mỹ Hưng,false,04,01648,Xã Phục Hòa
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01654,Thị trấn Nước Hai,false,04,01654,Xã Hòa An
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01657,Xã Dân Chủ,false,04,01660,Xã Nam Tuấn
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01660,Xã Nam Tuấn,false,04,01660,Xã Nam Tuấn
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01666,Xã Đại Tiến,false,04,01654,Xã Hòa An
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01669,Xã Đức Long,false,04,01660,Xã Nam Tuấn
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01672,Xã Ngũ Lão,false,04,01699,Xã Nguyễn Huệ
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01675,Xã Trương Lương,false,04,01747,Xã Minh Tâm
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01687,Xã Hồng Việt,false,04,01654,Xã Hòa An
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01696,Xã Hoàng Tung,false,04,01273,Phường Thục Phán
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01699,Xã Nguyễn Huệ,false,04,01699,Xã Nguyễn Huệ
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01702,Xã Quang Trung,false,04,01699,Xã Nguyễn Huệ
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01708,Xã Bạch Đằng,false,04,01708,Xã Bạch Đằng
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01711,Xã Bình Dương,false,04,01708,Xã Bạch Đằng
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01714,Xã Lê Chung,false,04,01288,Phường Tân Giang
04,Tỉnh Cao Bằng,051,Huyện Hòa An,01723,Xã Hồng Nam,false,04,01792,Xã Kim Đồng
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01726,Thị trấn Nguyên Bình,false,04,01726,Xã Nguyên Bình
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01729,Thị trấn Tĩnh Túc,false,04,01729,Xã Tĩnh Túc
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01732,Xã Yên Lạc,false,04,01738,Xã Ca Thành
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01735,Xã Triệu Nguyên,false,04,01729,Xã Tĩnh Túc
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01738,Xã Ca Thành,false,04,01738,Xã Ca Thành
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01744,Xã Vũ Nông,false,04,01729,Xã Tĩnh Túc
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01747,Xã Minh Tâm,false,04,01747,Xã Minh Tâm
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01750,Xã Thể Dục,false,04,01726,Xã Nguyên Bình
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01756,Xã Mai Long,false,04,01768,Xã Phan Thanh
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01762,Xã Vũ Minh,false,04,01726,Xã Nguyên Bình
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01765,Xã Hoa Thám,false,04,01774,Xã Tam Kim
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01768,Xã Phan Thanh,false,04,01768,Xã Phan Thanh
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01771,Xã Quang Thành,false,04,01777,Xã Thành Công
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01774,Xã Tam Kim,false,04,01774,Xã Tam Kim
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01777,Xã Thành Công,false,04,01777,Xã Thành Công
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01780,Xã Thịnh Vượng,false,04,01708,Xã Bạch Đằng
04,Tỉnh Cao Bằng,052,Huyện Nguyên Bình,01783,Xã Hưng Đạo,false,04,01774,Xã Tam Kim
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01786,Thị trấn Đông Khê,false,04,01786,Xã Đông Khê
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01789,Xã Canh Tân,false,04,01789,Xã Canh Tân
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01792,Xã Kim Đồng,false,04,01792,Xã Kim Đồng
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01795,Xã Minh Khai,false,04,01795,Xã Minh Khai
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01801,Xã Đức Thông,false,04,01789,Xã Canh Tân
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01804,Xã Thái Cường,false,04,01792,Xã Kim Đồng
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01807,Xã Vân Trình,false,04,01807,Xã Thạch An
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01810,Xã Thụy Hùng,false,04,01822,Xã Đức Long
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01813,Xã Quang Trọng,false,04,01795,Xã Minh Khai
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01816,Xã Trọng Con,false,04,01786,Xã Đông Khê
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01819,Xã Lê Lai,false,04,01807,Xã Thạch An
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01822,Xã Đức Long,false,04,01822,Xã Đức Long
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01828,Xã Lê Lợi,false,04,01822,Xã Đức Long
04,Tỉnh Cao Bằng,053,Huyện Thạch An,01831,Xã Đức Xuân,false,04,01786,Xã Đông Khê
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01834,Phường Nguyễn Thị Minh Khai,false,19,01840,Phường Đức Xuân
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01837,Phường Sông Cầu,false,19,01843,Phường Bắc Kạn
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01840,Phường Đức Xuân,false,19,01840,Phường Đức Xuân
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01843,Phường Phùng Chí Kiên,false,19,01843,Phường Bắc Kạn
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01846,Phường Huyền Tụng,false,19,01840,Phường Đức Xuân
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01849,Xã Dương Quang,false,19,01849,Xã Phong Quang
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01852,Xã Nông Thượng,false,19,01843,Phường Bắc Kạn
06,Tỉnh Bắc Kạn,058,Thành Phố Bắc Kạn,01855,Phường Xuất Hóa,false,19,01843,Phường Bắc Kạn
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01858,Xã Bằng Thành,false,19,01864,Xã Bằng Thành
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01861,Xã Nhạn Môn,false,19,01864,Xã Bằng Thành
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01864,Xã Bộc Bố,false,19,01864,Xã Bằng Thành
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01867,Xã Công Bằng,false,19,01879,Xã Cao Minh
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01870,Xã Giáo Hiệu,false,19,01864,Xã Bằng Thành
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01873,Xã Xuân La,false,19,01882,Xã Nghiên Loan
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01876,Xã An Thắng,false,19,01882,Xã Nghiên Loan
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01879,Xã Cổ Linh,false,19,01879,Xã Cao Minh
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01882,Xã Nghiên Loan,false,19,01882,Xã Nghiên Loan
06,Tỉnh Bắc Kạn,060,Huyện Pác Nặm,01885,Xã Cao Tân,false,19,01879,Xã Cao Minh
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01888,Thị trấn Chợ Rã,false,19,01912,Xã Chợ Rã
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01891,Xã Bành Trạch,false,19,01894,Xã Phúc Lộc
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01894,Xã Phúc Lộc,false,19,01894,Xã Phúc Lộc
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01897,Xã Hà Hiệu,false,19,01894,Xã Phúc Lộc
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01900,Xã Cao Thượng,false,19,01906,Xã Ba Bể
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01906,Xã Khang Ninh,false,19,01906,Xã Ba Bể
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01909,Xã Nam Mẫu,false,19,01906,Xã Ba Bể
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01912,Xã Thượng Giáo,false,19,01912,Xã Chợ Rã
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01915,Xã Địa Linh,false,19,01912,Xã Chợ Rã
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01918,Xã Yến Dương,false,19,01921,Xã Thượng Minh
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01921,Xã Chu Hương,false,19,01921,Xã Thượng Minh
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01924,Xã Quảng Khê,false,19,01933,Xã Đồng Phúc
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01927,Xã Mỹ Phương,false,19,01921,Xã Thượng Minh
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01930,Xã Hoàng Trĩ,false,19,01933,Xã Đồng Phúc
06,Tỉnh Bắc Kạn,061,Huyện Ba Bể,01933,Xã Đồng Phúc,false,19,01933,Xã Đồng Phúc
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01936,Thị trấn Nà Phặc,false,19,01936,Xã Nà Phặc
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01939,Xã Thượng Ân,false,19,01942,Xã Bằng Vân
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01942,Xã Bằng Vân,false,19,01942,Xã Bằng Vân
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01945,Xã Cốc Đán,false,19,01954,Xã Ngân Sơn
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01948,Xã Trung Hòa,false,19,01936,Xã Nà Phặc
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01951,Xã Đức Vân,false,19,01954,Xã Ngân Sơn
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01954,Thị trấn Vân Tùng,false,19,01954,Xã Ngân Sơn
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01957,Xã Thượng Quan,false,19,01957,Xã Thượng Quan
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01960,Xã Hiệp Lực,false,19,01960,Xã Hiệp Lực
06,Tỉnh Bắc Kạn,062,Huyện Ngân Sơn,01963,Xã Thuần Mang,false,19,01960,Xã Hiệp Lực
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01969,Thị trấn Phủ Thông,false,19,01969,Xã Phủ Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01975,Xã Vi Hương,false,19,01969,Xã Phủ Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01978,Xã Sỹ Bình,false,19,01981,Xã Vĩnh Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01981,Xã Vũ Muộn,false,19,01981,Xã Vĩnh Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01984,Xã Đôn Phong,false,19,01849,Xã Phong Quang
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01990,Xã Lục Bình,false,19,01969,Xã Phủ Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01993,Xã Tân Tú,false,19,01969,Xã Phủ Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,01999,Xã Nguyên Phúc,false,19,02008,Xã Cẩm Giàng
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,02002,Xã Cao Sơn,false,19,01981,Xã Vĩnh Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,02005,Xã Quân Hà,false,19,02008,Xã Cẩm Giàng
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,02008,Xã Cẩm Giàng,false,19,02008,Xã Cẩm Giàng
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,02011,Xã Mỹ Thanh,false,19,02008,Xã Cẩm Giàng
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,02014,Xã Dương Phong,false,19,02014,Xã Bạch Thông
06,Tỉnh Bắc Kạn,063,Huyện Bạch Thông,02017,Xã Quang Thuận,false,19,02014,Xã Bạch Thông
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02020,Thị trấn Bằng Lũng,false,19,02020,Xã Chợ Đồn
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02023,Xã Xuân Lạc,false,19,02026,Xã Nam Cường
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02026,Xã Nam Cường,false,19,02026,Xã Nam Cường
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02029,Xã Đồng Lạc,false,19,02026,Xã Nam Cường
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02032,Xã Tân Lập,false,19,02038,Xã Quảng Bạch
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02035,Xã Bản Thi,false,19,02044,Xã Yên Thịnh
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02038,Xã Quảng Bạch,false,19,02038,Xã Quảng Bạch
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02041,Xã Bằng Phúc,false,19,01933,Xã Đồng Phúc
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02044,Xã Yên Thịnh,false,19,02044,Xã Yên Thịnh
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02047,Xã Yên Thượng,false,19,02044,Xã Yên Thịnh
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02050,Xã Phương Viên,false,19,02020,Xã Chợ Đồn
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02053,Xã Ngọc Phái,false,19,02020,Xã Chợ Đồn
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02059,Xã Đồng Thắng,false,19,02014,Xã Bạch Thông
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02062,Xã Lương Bằng,false,19,02071,Xã Nghĩa Tá
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02065,Xã Bằng Lãng,false,19,02020,Xã Chợ Đồn
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02068,Xã Đại Sảo,false,19,02083,Xã Yên Phong
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02071,Xã Nghĩa Tá,false,19,02071,Xã Nghĩa Tá
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02077,Xã Yên Mỹ,false,19,02083,Xã Yên Phong
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02080,Xã Bình Trung,false,19,02071,Xã Nghĩa Tá
06,Tỉnh Bắc Kạn,064,Huyện Chợ Đồn,02083,Xã Yên Phong,false,19,02083,Xã Yên Phong
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02086,Thị trấn Đồng Tâm,false,19,02086,Xã Chợ Mới
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02089,Xã Tân Sơn,false,19,02104,Xã Tân Kỳ
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02092,Xã Thanh Vận,false,19,02101,Xã Thanh Mai
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02095,Xã Mai Lạp,false,19,02101,Xã Thanh Mai
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02098,Xã Hòa Mục,false,19,02104,Xã Tân Kỳ
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02101,Xã Thanh Mai,false,19,02101,Xã Thanh Mai
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02104,Xã Cao Kỳ,false,19,02104,Xã Tân Kỳ
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02107,Xã Nông Hạ,false,19,02107,Xã Thanh Thịnh
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02110,Xã Yên Cư,false,19,02116,Xã Yên Bình
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02113,Xã Thanh Thịnh,false,19,02107,Xã Thanh Thịnh
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02116,Xã Yên Hân,false,19,02116,Xã Yên Bình
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02122,Xã Như Cố,false,19,02086,Xã Chợ Mới
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02125,Xã Bình Văn,false,19,02116,Xã Yên Bình
06,Tỉnh Bắc Kạn,065,Huyện Chợ Mới,02131,Xã Quảng Chu,false,19,02086,Xã Chợ Mới
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02137,Xã Văn Vũ,false,19,02152,Xã Cường Lợi
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02140,Xã Văn Lang,false,19,02143,Xã Văn Lang
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02143,Xã Lương Thượng,false,19,02143,Xã Văn Lang
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02146,Xã Kim Hỷ,false,19,02143,Xã Văn Lang
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02152,Xã Cường Lợi,false,19,02152,Xã Cường Lợi
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02155,Thị trấn Yến Lạc,false,19,02155,Xã Na Rì
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02158,Xã Kim Lư,false,19,02155,Xã Na Rì
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02161,Xã Sơn Thành,false,19,02155,Xã Na Rì
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02170,Xã Văn Minh,false,19,02176,Xã Trần Phú
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02173,Xã Côn Minh,false,19,02185,Xã Côn Minh
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02176,Xã Cư Lễ,false,19,02176,Xã Trần Phú
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02179,Xã Trần Phú,false,19,02176,Xã Trần Phú
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02185,Xã Quang Phong,false,19,02185,Xã Côn Minh
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02188,Xã Dương Sơn,false,19,02185,Xã Côn Minh
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02191,Xã Xuân Dương,false,19,02191,Xã Xuân Dương
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02194,Xã Đổng Xá,false,19,02191,Xã Xuân Dương
06,Tỉnh Bắc Kạn,066,Huyện Na Rì,02197,Xã Liêm Thủy,false,19,02191,Xã Xuân Dương
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02200,Phường Phan Thiết,false,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02203,Phường Minh Xuân,false,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02206,Phường Tân Quang,false,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02209,Xã Tràng Đà,false,08,02212,Phường Nông Tiến
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02212,Phường Nông Tiến,false,08,02212,Phường Nông Tiến
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02215,Phường Ỷ La,false,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02216,Phường Tân Hà,false,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02218,Phường Hưng Thành,false,08,02512,Phường An Tường
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02497,Xã Kim Phú,true,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02497,Xã Kim Phú,true,08,02509,Phường Mỹ Lâm
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02503,Xã An Khang,false,08,02512,Phường An Tường
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02509,Phường Mỹ Lâm,false,08,02509,Phường Mỹ Lâm
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02512,Phường An Tường,false,08,02512,Phường An Tường
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02515,Xã Lưỡng Vượng,false,08,02512,Phường An Tường
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02521,Xã Thái Long,false,08,02524,Phường Bình Thuận
08,Tỉnh Tuyên Quang,070,Thành phố Tuyên Quang,02524,Phường Đội Cấn,false,08,02524,Phường Bình Thuận
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02233,Xã Phúc Yên,false,08,02266,Xã Lâm Bình
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02242,Xã Xuân Lập,false,08,02266,Xã Lâm Bình
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02251,Xã Khuôn Hà,false,08,02269,Xã Thượng Lâm
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02266,Thị trấn Lăng Can,false,08,02266,Xã Lâm Bình
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02269,Xã Thượng Lâm,false,08,02269,Xã Thượng Lâm
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02290,Xã Bình An,false,08,02296,Xã Bình An
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02293,Xã Hồng Quang,false,08,02302,Xã Minh Quang
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02296,Xã Thổ Bình,false,08,02296,Xã Bình An
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02299,Xã Phúc Sơn,false,08,02302,Xã Minh Quang
08,Tỉnh Tuyên Quang,071,Huyện Lâm Bình,02302,Xã Minh Quang,false,08,02302,Xã Minh Quang
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02221,Thị trấn Na Hang,false,08,02221,Xã Nà Hang
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02227,Xã Sinh Long,false,08,02245,Xã Côn Lôn
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02230,Xã Thượng Giáp,false,08,02239,Xã Thượng Nông
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02239,Xã Thượng Nông,false,08,02239,Xã Thượng Nông
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02245,Xã Côn Lôn,false,08,02245,Xã Côn Lôn
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02248,Xã Yên Hoa,false,08,02248,Xã Yên Hoa
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02254,Xã Hồng Thái,false,08,02260,Xã Hồng Thái
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02260,Xã Đà Vị,false,08,02260,Xã Hồng Thái
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02263,Xã Khâu Tinh,false,08,02248,Xã Yên Hoa
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02275,Xã Sơn Phú,false,08,02260,Xã Hồng Thái
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02281,Xã Năng Khả,false,08,02221,Xã Nà Hang
08,Tỉnh Tuyên Quang,072,Huyện Na Hang,02284,Xã Thanh Tương,false,08,02221,Xã Nà Hang
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02287,Thị trấn Vĩnh Lộc,false,08,02287,Xã Chiêm Hóa
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02305,Xã Trung Hà,false,08,02305,Xã Trung Hà
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02308,Xã Tân Mỹ,false,08,02308,Xã Tân Mỹ
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02311,Xã Hà Lang,false,08,02320,Xã Tân An
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02314,Xã Hùng Mỹ,false,08,02308,Xã Tân Mỹ
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02317,Xã Yên Lập,false,08,02317,Xã Yên Lập
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02320,Xã Tân An,false,08,02320,Xã Tân An
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02323,Xã Bình Phú,false,08,02317,Xã Yên Lập
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02326,Xã Xuân Quang,false,08,02287,Xã Chiêm Hóa
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02329,Xã Ngọc Hội,false,08,02287,Xã Chiêm Hóa
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02332,Xã Phú Bình,false,08,02332,Xã Kiên Đài
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02335,Xã Hòa Phú,false,08,02365,Xã Yên Nguyên
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02338,Xã Phúc Thịnh,false,08,02287,Xã Chiêm Hóa
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02341,Xã Kiên Đài,false,08,02332,Xã Kiên Đài
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02344,Xã Tân Thịnh,false,08,02353,Xã Hòa An
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02347,Xã Trung Hòa,false,08,02287,Xã Chiêm Hóa
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02350,Xã Kim Bình,false,08,02350,Xã Kim Bình
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02353,Xã Hòa An,false,08,02353,Xã Hòa An
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02356,Xã Vinh Quang,false,08,02350,Xã Kim Bình
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02359,Xã Tri Phú,false,08,02359,Xã Tri Phú
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02362,Xã Nhân Lý,false,08,02353,Xã Hòa An
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02365,Xã Yên Nguyên,false,08,02365,Xã Yên Nguyên
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02368,Xã Linh Phú,false,08,02359,Xã Tri Phú
08,Tỉnh Tuyên Quang,073,Huyện Chiêm Hóa,02371,Xã Bình Nhân,false,08,02350,Xã Kim Bình
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02374,Thị trấn Tân Yên,false,08,02374,Xã Hàm Yên
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02377,Xã Yên Thuận,false,08,02380,Xã Bạch Xa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02380,Xã Bạch Xa,false,08,02380,Xã Bạch Xa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02383,Xã Minh Khương,false,08,02380,Xã Bạch Xa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02386,Xã Yên Lâm,false,08,02398,Xã Yên Phú
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02389,Xã Minh Dân,false,08,02392,Xã Phù Lưu
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02392,Xã Phù Lưu,false,08,02392,Xã Phù Lưu
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02395,Xã Minh Hương,false,08,02404,Xã Bình Xa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02398,Xã Yên Phú,false,08,02398,Xã Yên Phú
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02401,Xã Tân Thành,false,08,02374,Xã Hàm Yên
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02404,Xã Bình Xa,false,08,02404,Xã Bình Xa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02407,Xã Thái Sơn,false,08,02407,Xã Thái Sơn
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02410,Xã Nhân Mục,false,08,02374,Xã Hàm Yên
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02413,Xã Thành Long,false,08,02407,Xã Thái Sơn
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02416,Xã Bằng Cốc,false,08,02374,Xã Hàm Yên
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02419,Xã Thái Hòa,false,08,02419,Xã Thái Hòa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02422,Xã Đức Ninh,false,08,02419,Xã Thái Hòa
08,Tỉnh Tuyên Quang,074,Huyện Hàm Yên,02425,Xã Hùng Đức,false,08,02425,Xã Hùng Đức
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02431,Xã Quý Quân,false,08,02434,Xã Lực Hành
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02434,Xã Lực Hành,false,08,02434,Xã Lực Hành
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02437,Xã Kiến Thiết,false,08,02437,Xã Kiến Thiết
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02440,Xã Trung Minh,false,08,02455,Xã Hùng Lợi
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02443,Xã Chiêu Yên,false,08,02434,Xã Lực Hành
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02446,Xã Trung Trực,false,08,02449,Xã Xuân Vân
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02449,Xã Xuân Vân,false,08,02449,Xã Xuân Vân
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02452,Xã Phúc Ninh,false,08,02449,Xã Xuân Vân
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02455,Xã Hùng Lợi,false,08,02455,Xã Hùng Lợi
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02458,Xã Trung Sơn,false,08,02458,Xã Trung Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02461,Xã Tân Tiến,false,08,02470,Xã Tân Long
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02464,Xã Tứ Quận,false,08,02473,Xã Yên Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02467,Xã Đạo Viện,false,08,02458,Xã Trung Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02470,Xã Tân Long,false,08,02470,Xã Tân Long
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02473,Thị trấn Yên Sơn,false,08,02473,Xã Yên Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02476,Xã Kim Quan,false,08,02545,Xã Tân Trào
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02479,Xã Lang Quán,false,08,02473,Xã Yên Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02482,Xã Phú Thịnh,false,08,02494,Xã Thái Bình
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02485,Xã Công Đa,false,08,02458,Xã Trung Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02488,Xã Trung Môn,false,08,02215,Phường Minh Xuân
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02491,Xã Chân Sơn,false,08,02473,Xã Yên Sơn
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02494,Xã Thái Bình,true,08,02212,Phường Nông Tiến
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02494,Xã Thái Bình,true,08,02494,Xã Thái Bình
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02500,Xã Tiến Bộ,false,08,02494,Xã Thái Bình
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02506,Xã Mỹ Bằng,false,08,02509,Phường Mỹ Lâm
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02518,Xã Hoàng Khai,false,08,02512,Phường An Tường
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02527,Xã Nhữ Hán,false,08,02530,Xã Nhữ Khê
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02530,Xã Nhữ Khê,false,08,02530,Xã Nhữ Khê
08,Tỉnh Tuyên Quang,075,Huyện Yên Sơn,02533,Xã Đội Bình,false,08,02530,Xã Nhữ Khê
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02536,Thị trấn Sơn Dương,false,08,02536,Xã Sơn Dương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02539,Xã Trung Yên,false,08,02545,Xã Tân Trào
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02542,Xã Minh Thanh,false,08,02554,Xã Minh Thanh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02545,Xã Tân Trào,false,08,02545,Xã Tân Trào
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02548,Xã Vĩnh Lợi,false,08,02548,Xã Bình Ca
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02551,Xã Thượng Ấm,false,08,02548,Xã Bình Ca
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02554,Xã Bình Yên,false,08,02554,Xã Minh Thanh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02557,Xã Lương Thiện,false,08,02554,Xã Minh Thanh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02560,Xã Tú Thịnh,false,08,02536,Xã Sơn Dương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02563,Xã Cấp Tiến,false,08,02548,Xã Bình Ca
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02566,Xã Hợp Thành,false,08,02536,Xã Sơn Dương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02569,Xã Phúc Ứng,false,08,02536,Xã Sơn Dương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02572,Xã Đông Thọ,false,08,02572,Xã Đông Thọ
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02575,Xã Kháng Nhật,false,08,02578,Xã Tân Thanh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02578,Xã Hợp Hòa,false,08,02578,Xã Tân Thanh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02584,Xã Quyết Thắng,false,08,02572,Xã Đông Thọ
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02587,Xã Đồng Quý,false,08,02572,Xã Đông Thọ
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02590,Xã Tân Thanh,false,08,02578,Xã Tân Thanh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02596,Xã Văn Phú,false,08,02608,Xã Hồng Sơn
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02599,Xã Chi Thiết,false,08,02608,Xã Hồng Sơn
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02602,Xã Đông Lợi,false,08,02623,Xã Trường Sinh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02605,Xã Thiện Kế,false,08,02620,Xã Sơn Thủy
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02608,Xã Hồng Sơn,false,08,02608,Xã Hồng Sơn
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02611,Xã Phú Lương,false,08,02611,Xã Phú Lương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02614,Xã Ninh Lai,false,08,02620,Xã Sơn Thủy
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02617,Xã Đại Phú,false,08,02611,Xã Phú Lương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02620,Xã Sơn Nam,false,08,02620,Xã Sơn Thủy
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02623,Xã Hào Phú,false,08,02623,Xã Trường Sinh
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02626,Xã Tam Đa,false,08,02611,Xã Phú Lương
08,Tỉnh Tuyên Quang,076,Huyện Sơn Dương,02632,Xã Trường Sinh,false,08,02623,Xã Trường Sinh
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02635,Phường Duyên Hải,false,15,02647,Phường Lào Cai
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02641,Phường Lào Cai,false,15,02647,Phường Lào Cai
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02644,Phường Cốc Lếu,false,15,02647,Phường Lào Cai
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02647,Phường Kim Tân,false,15,02647,Phường Lào Cai
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02650,Phường Bắc Lệnh,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02653,Phường Pom Hán,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02656,Phường Xuân Tăng,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02658,Phường Bình Minh,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02659,Xã Thống Nhất,false,15,02923,Xã Gia Phú
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02662,Xã Đồng Tuyển,false,15,02746,Xã Cốc San
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02665,Xã Vạn Hòa,false,15,02647,Phường Lào Cai
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02668,Phường Bắc Cường,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02671,Phường Nam Cường,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02674,Xã Cam Đường,false,15,02671,Phường Cam Đường
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02677,Xã Tả Phời,false,15,02680,Xã Hợp Thành
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02680,Xã Hợp Thành,false,15,02680,Xã Hợp Thành
10,Tỉnh Lào Cai,080,Thành phố Lào Cai,02746,Xã Cốc San,false,15,02746,Xã Cốc San
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02683,Thị trấn Bát Xát,false,15,02683,Xã Bát Xát
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02686,Xã A Mú Sung,false,15,02686,Xã A Mú Sung
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02689,Xã Nậm Chạc,false,15,02686,Xã A Mú Sung
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02692,Xã A Lù,false,15,02701,Xã Y Tý
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02695,Xã Trịnh Tường,false,15,02695,Xã Trịnh Tường
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02701,Xã Y Tý,false,15,02701,Xã Y Tý
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02704,Xã Cốc Mỳ,false,15,02695,Xã Trịnh Tường
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02707,Xã Dền Sáng,false,15,02707,Xã Dền Sáng
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02710,Xã Bản Vược,false,15,02683,Xã Bát Xát
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02713,Xã Sàng Ma Sáo,false,15,02707,Xã Dền Sáng
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02716,Xã Bản Qua,false,15,02683,Xã Bát Xát
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02719,Xã Mường Vi,false,15,02725,Xã Bản Xèo
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02722,Xã Dền Thàng,false,15,02707,Xã Dền Sáng
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02725,Xã Bản Xèo,false,15,02725,Xã Bản Xèo
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02728,Xã Mường Hum,false,15,02728,Xã Mường Hum
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02731,Xã Trung Lèng Hồ,false,15,02728,Xã Mường Hum
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02734,Xã Quang Kim,false,15,02683,Xã Bát Xát
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02737,Xã Pa Cheo,false,15,02725,Xã Bản Xèo
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02740,Xã Nậm Pung,false,15,02728,Xã Mường Hum
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02743,Xã Phìn Ngan,false,15,02683,Xã Bát Xát
10,Tỉnh Lào Cai,082,Huyện Bát Xát,02749,Xã Tòng Sành,false,15,02746,Xã Cốc San
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02752,Xã Pha Long,false,15,02752,Xã Pha Long
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02755,Xã Tả Ngài Chồ,false,15,02752,Xã Pha Long
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02758,Xã Tung Chung Phố,false,15,02761,Xã Mường Khương
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02761,Thị trấn Mường Khương,false,15,02761,Xã Mường Khương
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02764,Xã Dìn Chin,false,15,02752,Xã Pha Long
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02767,Xã Tả Gia Khâu,false,15,02752,Xã Pha Long
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02770,Xã Nậm Chảy,false,15,02761,Xã Mường Khương
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02773,Xã Nấm Lư,false,15,02761,Xã Mường Khương
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02776,Xã Lùng Khấu Nhin,false,15,02782,Xã Cao Sơn
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02779,Xã Thanh Bình,false,15,02761,Xã Mường Khương
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02782,Xã Cao Sơn,false,15,02782,Xã Cao Sơn
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02785,Xã Lùng Vai,false,15,02788,Xã Bản Lầu
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02788,Xã Bản Lầu,false,15,02788,Xã Bản Lầu
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02791,Xã La Pan Tẩn,false,15,02782,Xã Cao Sơn
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02794,Xã Tả Thàng,false,15,02782,Xã Cao Sơn
10,Tỉnh Lào Cai,083,Huyện Mường Khương,02797,Xã Bản Sen,false,15,02788,Xã Bản Lầu
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02800,Xã Nàn Sán,false,15,02809,Xã Si Ma Cai
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02803,Xã Thào Chư Phìn,false,15,02824,Xã Sín Chéng
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02806,Xã Bản Mế,false,15,02824,Xã Sín Chéng
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02809,Thị trấn Si Ma Cai,false,15,02809,Xã Si Ma Cai
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02812,Xã Sán Chải,false,15,02809,Xã Si Ma Cai
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02818,Xã Lùng Thẩn,false,15,02848,Xã Lùng Phình
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02821,Xã Cán Cấu,false,15,02809,Xã Si Ma Cai
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02824,Xã Sín Chéng,false,15,02824,Xã Sín Chéng
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02827,Xã Quan Hồ Thẩn,false,15,02809,Xã Si Ma Cai
10,Tỉnh Lào Cai,084,Huyện Si Ma Cai,02836,Xã Nàn Sín,false,15,02824,Xã Sín Chéng
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02839,Thị trấn Bắc Hà,false,15,02839,Xã Bắc Hà
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02842,Xã Lùng Cải,false,15,02842,Xã Tả Củ Tỷ
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02848,Xã Lùng Phình,false,15,02848,Xã Lùng Phình
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02851,Xã Tả Van Chư,false,15,02848,Xã Lùng Phình
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02854,Xã Tả Củ Tỷ,false,15,02842,Xã Tả Củ Tỷ
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02857,Xã Thải Giàng Phố,false,15,02839,Xã Bắc Hà
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02863,Xã Hoàng Thu Phố,false,15,02839,Xã Bắc Hà
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02866,Xã Bản Phố,false,15,02839,Xã Bắc Hà
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02869,Xã Bản Liền,false,15,02869,Xã Bản Liền
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02875,Xã Na Hối,false,15,02839,Xã Bắc Hà
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02878,Xã Cốc Ly,false,15,02890,Xã Bảo Nhai
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02881,Xã Nậm Mòn,false,15,02839,Xã Bắc Hà
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02884,Xã Nậm Đét,false,15,02890,Xã Bảo Nhai
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02887,Xã Nậm Khánh,false,15,02869,Xã Bản Liền
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02890,Xã Bảo Nhai,false,15,02890,Xã Bảo Nhai
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02893,Xã Nậm Lúc,false,15,02896,Xã Cốc Lầu
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02896,Xã Cốc Lầu,false,15,02896,Xã Cốc Lầu
10,Tỉnh Lào Cai,085,Huyện Bắc Hà,02899,Xã Bản Cái,false,15,02896,Xã Cốc Lầu
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02902,Thị trấn Nông trường Phong Hải,false,15,02902,Xã Phong Hải
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02905,Thị trấn Phố Lu,false,15,02905,Xã Bảo Thắng
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02908,Thị trấn Tằng Loỏng,false,15,02908,Xã Tằng Loỏng
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02911,Xã Bản Phiệt,false,15,02647,Phường Lào Cai
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02914,Xã Bản Cầm,false,15,02902,Xã Phong Hải
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02917,Xã Thái Niên,false,15,02905,Xã Bảo Thắng
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02920,Xã Phong Niên,false,15,02926,Xã Xuân Quang
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02923,Xã Gia Phú,false,15,02923,Xã Gia Phú
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02926,Xã Xuân Quang,false,15,02926,Xã Xuân Quang
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02929,Xã Sơn Hải,false,15,02905,Xã Bảo Thắng
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02932,Xã Xuân Giao,false,15,02923,Xã Gia Phú
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02935,Xã Trì Quang,false,15,02926,Xã Xuân Quang
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02938,Xã Sơn Hà,false,15,02905,Xã Bảo Thắng
10,Tỉnh Lào Cai,086,Huyện Bảo Thắng,02944,Xã Phú Nhuận,false,15,02908,Xã Tằng Loỏng
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02947,Thị trấn Phố Ràng,false,15,02947,Xã Bảo Yên
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02950,Xã Tân Tiến,false,15,02953,Xã Nghĩa Đô
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02953,Xã Nghĩa Đô,false,15,02953,Xã Nghĩa Đô
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02956,Xã Vĩnh Yên,false,15,02953,Xã Nghĩa Đô
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02959,Xã Điện Quan,false,15,02968,Xã Thượng Hà
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02962,Xã Xuân Hòa,false,15,02962,Xã Xuân Hòa
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02965,Xã Tân Dương,false,15,02962,Xã Xuân Hòa
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02968,Xã Thượng Hà,false,15,02968,Xã Thượng Hà
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02971,Xã Kim Sơn,false,15,02989,Xã Bảo Hà
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02974,Xã Cam Cọn,false,15,02989,Xã Bảo Hà
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02977,Xã Minh Tân,false,15,02968,Xã Thượng Hà
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02980,Xã Xuân Thượng,false,15,02947,Xã Bảo Yên
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02983,Xã Việt Tiến,false,15,02998,Xã Phúc Khánh
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02986,Xã Yên Sơn,false,15,02947,Xã Bảo Yên
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02989,Xã Bảo Hà,false,15,02989,Xã Bảo Hà
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02992,Xã Lương Sơn,false,15,02947,Xã Bảo Yên
10,Tỉnh Lào Cai,087,Huyện Bảo Yên,02998,Xã Phúc Khánh,false,15,02998,Xã Phúc Khánh
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03001,Phường Sa Pa,false,15,03006,Phường Sa Pa
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03002,Phường Sa Pả,false,15,03006,Phường Sa Pa
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03003,Phường Ô Quý Hồ,false,15,03006,Phường Sa Pa
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03004,Xã Ngũ Chỉ Sơn,false,15,03004,Xã Ngũ Chỉ Sơn
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03006,Phường Phan Si Păng,false,15,03006,Phường Sa Pa
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03010,Xã Trung Chải,false,15,03013,Xã Tả Phìn
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03013,Xã Tả Phìn,false,15,03013,Xã Tả Phìn
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03016,Phường Hàm Rồng,false,15,03006,Phường Sa Pa
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03019,Xã Hoàng Liên,false,15,03037,Xã Tả Van
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03022,Xã Thanh Bình,false,15,03046,Xã Bản Hồ
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03028,Phường Cầu Mây,false,15,03006,Phường Sa Pa
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03037,Xã Mường Hoa,false,15,03037,Xã Tả Van
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03040,Xã Tả Van,false,15,03037,Xã Tả Van
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03043,Xã Mường Bo,false,15,03043,Xã Mường Bo
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03046,Xã Bản Hồ,false,15,03046,Xã Bản Hồ
10,Tỉnh Lào Cai,088,Thị xã Sa Pa,03052,Xã Liên Minh,false,15,03043,Xã Mường Bo
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03055,Thị trấn Khánh Yên,false,15,03082,Xã Văn Bàn
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03061,Xã Võ Lao,false,15,03061,Xã Võ Lao
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03064,Xã Sơn Thủy,false,15,03082,Xã Văn Bàn
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03067,Xã Nậm Mả,false,15,03061,Xã Võ Lao
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03070,Xã Tân Thượng,false,15,02989,Xã Bảo Hà
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03073,Xã Nậm Dạng,false,15,03061,Xã Võ Lao
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03076,Xã Nậm Chày,false,15,03076,Xã Nậm Chày
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03079,Xã Tân An,false,15,02989,Xã Bảo Hà
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03082,Xã Khánh Yên Thượng,false,15,03082,Xã Văn Bàn
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03085,Xã Nậm Xé,false,15,03085,Xã Nậm Xé
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03088,Xã Dần Thàng,false,15,03076,Xã Nậm Chày
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03091,Xã Chiềng Ken,false,15,03091,Xã Chiềng Ken
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03094,Xã Làng Giàng,false,15,03082,Xã Văn Bàn
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03097,Xã Hòa Mạc,false,15,03082,Xã Văn Bàn
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03100,Xã Khánh Yên Trung,false,15,03103,Xã Khánh Yên
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03103,Xã Khánh Yên Hạ,false,15,03103,Xã Khánh Yên
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03106,Xã Dương Quỳ,false,15,03106,Xã Dương Quỳ
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03109,Xã Nậm Tha,false,15,03091,Xã Chiềng Ken
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03112,Xã Minh Lương,false,15,03121,Xã Minh Lương
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03115,Xã Thẩm Dương,false,15,03106,Xã Dương Quỳ
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03118,Xã Liêm Phú,false,15,03103,Xã Khánh Yên
10,Tỉnh Lào Cai,089,Huyện Văn Bàn,03121,Xã Nậm Xây,false,15,03121,Xã Minh Lương
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03124,Phường Noong Bua,false,11,03334,Phường Mường Thanh
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03127,Phường Him Lam,false,11,03127,Phường Điện Biên Phủ
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03130,Phường Thanh Bình,false,11,03127,Phường Điện Biên Phủ
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03133,Phường Tân Thanh,false,11,03127,Phường Điện Biên Phủ
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03136,Phường Mường Thanh,false,11,03127,Phường Điện Biên Phủ
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03139,Phường Nam Thanh,false,11,03334,Phường Mường Thanh
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03142,Phường Thanh Trường,false,11,03127,Phường Điện Biên Phủ
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03145,Xã Thanh Minh,false,11,03127,Phường Điện Biên Phủ
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03316,Xã Nà Tấu,false,11,03316,Xã Nà Tấu
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03317,Xã Nà Nhạn,false,11,03325,Xã Mường Phăng
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03325,Xã Mường Phăng,false,11,03325,Xã Mường Phăng
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03326,Xã Pá Khoang,false,11,03325,Xã Mường Phăng
11,Tỉnh Điện Biên,095,Thị Xã Mường Lay,03148,Phường Sông Đà,false,11,03151,Phường Mường Lay
11,Tỉnh Điện Biên,095,Thị Xã Mường Lay,03151,Phường Na Lay,false,11,03151,Phường Mường Lay
11,Tỉnh Điện Biên,095,Thị Xã Mường Lay,03184,Xã Lay Nưa,false,11,03151,Phường Mường Lay
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03154,Xã Sín Thầu,false,11,03158,Xã Sín Thầu
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03155,Xã Sen Thượng,false,11,03158,Xã Sín Thầu
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03157,Xã Chung Chải,false,11,03160,Xã Mường Nhé
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03158,Xã Leng Su Sìn,false,11,03158,Xã Sín Thầu
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03159,Xã Pá Mỳ,false,11,03162,Xã Nậm Kè
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03160,Xã Mường Nhé,false,11,03160,Xã Mường Nhé
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03161,Xã Nậm Vì,false,11,03160,Xã Mường Nhé
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03162,Xã Nậm Kè,false,11,03162,Xã Nậm Kè
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03163,Xã Mường Toong,false,11,03163,Xã Mường Toong
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03164,Xã Quảng Lâm,false,11,03164,Xã Quảng Lâm
11,Tỉnh Điện Biên,096,Huyện Mường Nhé,03177,Xã Huổi Lếch,false,11,03163,Xã Mường Toong
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03172,Thị trấn Mường Chà,false,11,03172,Xã Na Sang
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03178,Xã Sá Tổng,false,11,03151,Phường Mường Lay
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03181,Xã Mường Tùng,false,11,03181,Xã Mường Tùng
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03190,Xã Hừa Ngài,false,11,03193,Xã Pa Ham
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03191,Xã Huổi Mí,false,11,03194,Xã Nậm Nèn
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03193,Xã Pa Ham,false,11,03193,Xã Pa Ham
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03194,Xã Nậm Nèn,false,11,03194,Xã Nậm Nèn
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03196,Xã Huổi Lèng,false,11,03181,Xã Mường Tùng
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03197,Xã Sa Lông,false,11,03172,Xã Na Sang
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03200,Xã Ma Thì Hồ,false,11,03172,Xã Na Sang
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03201,Xã Na Sang,false,11,03172,Xã Na Sang
11,Tỉnh Điện Biên,097,Huyện Mường Chà,03202,Xã Mường Mươn,false,11,03202,Xã Mường Pồn
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03217,Thị trấn Tủa Chùa,false,11,03217,Xã Tủa Chùa
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03220,Xã Huổi Só,false,11,03220,Xã Tủa Thàng
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03223,Xã Sín Chải,false,11,03226,Xã Sín Chải
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03226,Xã Tả Sìn Thàng,false,11,03226,Xã Sín Chải
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03229,Xã Lao Xả Phình,false,11,03226,Xã Sín Chải
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03232,Xã Tả Phìn,false,11,03241,Xã Sính Phình
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03235,Xã Tủa Thàng,false,11,03220,Xã Tủa Thàng
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03238,Xã Trung Thu,false,11,03241,Xã Sính Phình
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03241,Xã Sính Phình,false,11,03241,Xã Sính Phình
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03244,Xã Xá Nhè,false,11,03244,Xã Sáng Nhè
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03247,Xã Mường Đun,false,11,03244,Xã Sáng Nhè
11,Tỉnh Điện Biên,098,Huyện Tủa Chùa,03250,Xã Mường Báng,false,11,03217,Xã Tủa Chùa
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03253,Thị trấn Tuần Giáo,false,11,03253,Xã Tuần Giáo
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03259,Xã Phình Sáng,false,11,03244,Xã Sáng Nhè
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03260,Xã Rạng Đông,false,11,03260,Xã Pú Nhung
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03262,Xã Mùn Chung,false,11,03268,Xã Mường Mùn
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03263,Xã Nà Tòng,false,11,03217,Xã Tủa Chùa
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03265,Xã Ta Ma,false,11,03260,Xã Pú Nhung
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03268,Xã Mường Mùn,false,11,03268,Xã Mường Mùn
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03269,Xã Pú Xi,false,11,03268,Xã Mường Mùn
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03271,Xã Pú Nhung,false,11,03260,Xã Pú Nhung
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03274,Xã Quài Nưa,false,11,03253,Xã Tuần Giáo
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03277,Xã Mường Thín,false,11,03283,Xã Chiềng Sinh
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03280,Xã Tỏa Tình,false,11,03295,Xã Quài Tở
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03283,Xã Nà Sáy,false,11,03283,Xã Chiềng Sinh
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03284,Xã Mường Khong,false,11,03283,Xã Chiềng Sinh
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03289,Xã Quài Cang,false,11,03253,Xã Tuần Giáo
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03295,Xã Quài Tở,false,11,03295,Xã Quài Tở
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03298,Xã Chiềng Sinh,false,11,03283,Xã Chiềng Sinh
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03299,Xã Chiềng Đông,false,11,03301,Xã Búng Lao
11,Tỉnh Điện Biên,099,Huyện Tuần Giáo,03304,Xã Tênh Phông,false,11,03295,Xã Quài Tở
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03319,Xã Mường Pồn,false,11,03202,Xã Mường Pồn
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03322,Xã Thanh Nưa,false,11,03328,Xã Thanh Nưa
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03323,Xã Hua Thanh,false,11,03328,Xã Thanh Nưa
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03328,Xã Thanh Luông,false,11,03328,Xã Thanh Nưa
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03331,Xã Thanh Hưng,false,11,03328,Xã Thanh Nưa
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03334,Xã Thanh Xương,false,11,03334,Phường Mường Thanh
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03337,Xã Thanh Chăn,false,11,03328,Xã Thanh Nưa
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03340,Xã Pa Thơm,false,11,03349,Xã Thanh Yên
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03343,Xã Thanh An,false,11,03352,Xã Thanh An
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03346,Xã Thanh Yên,false,11,03349,Xã Thanh Yên
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03349,Xã Noong Luống,false,11,03349,Xã Thanh Yên
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03352,Xã Noong Hẹt,false,11,03352,Xã Thanh An
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03355,Xã Sam Mứn,false,11,03352,Xã Thanh An
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03356,Xã Pom Lót,false,11,03356,Xã Sam Mứn
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03358,Xã Núa Ngam,false,11,03358,Xã Núa Ngam
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03359,Xã Hẹ Muông,false,11,03358,Xã Núa Ngam
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03361,Xã Na Ư,false,11,03356,Xã Sam Mứn
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03364,Xã Mường Nhà,false,11,03368,Xã Mường Nhà
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03365,Xã Na Tông,false,11,03358,Xã Núa Ngam
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03367,Xã Mường Lói,false,11,03368,Xã Mường Nhà
11,Tỉnh Điện Biên,100,Huyện Điện Biên,03368,Xã Phu Luông,false,11,03368,Xã Mường Nhà
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03203,Thị trấn Điện Biên Đông,false,11,03203,Xã Na Son
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03205,Xã Na Son,false,11,03203,Xã Na Son
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03208,Xã Phì Nhừ,false,11,03208,Xã Xa Dung
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03211,Xã Chiềng Sơ,false,11,03214,Xã Mường Luân
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03214,Xã Mường Luân,false,11,03214,Xã Mường Luân
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03370,Xã Pu Nhi,false,11,03370,Xã Pu Nhi
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03371,Xã Nong U,false,11,03370,Xã Pu Nhi
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03373,Xã Xa Dung,false,11,03208,Xã Xa Dung
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03376,Xã Keo Lôm,false,11,03203,Xã Na Son
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03379,Xã Luân Giói,false,11,03214,Xã Mường Luân
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03382,Xã Phình Giàng,false,11,03382,Xã Phình Giàng
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03383,Xã Pú Hồng,false,11,03382,Xã Phình Giàng
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03384,Xã Tìa Dình,false,11,03385,Xã Tìa Dình
11,Tỉnh Điện Biên,101,Huyện Điện Biên Đông,03385,Xã Háng Lìa,false,11,03385,Xã Tìa Dình
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03256,Thị trấn Mường Ảng,false,11,03256,Xã Mường Ảng
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03286,Xã Mường Đăng,false,11,03316,Xã Nà Tấu
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03287,Xã Ngối Cáy,false,11,03316,Xã Nà Tấu
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03292,Xã Ẳng Tở,false,11,03301,Xã Búng Lao
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03301,Xã Búng Lao,false,11,03301,Xã Búng Lao
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03302,Xã Xuân Lao,false,11,03313,Xã Mường Lạn
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03307,Xã Ẳng Nưa,false,11,03256,Xã Mường Ảng
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03310,Xã Ẳng Cang,false,11,03256,Xã Mường Ảng
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03312,Xã Nặm Lịch,false,11,03313,Xã Mường Lạn
11,Tỉnh Điện Biên,102,Huyện Mường Ảng,03313,Xã Mường Lạn,false,11,03313,Xã Mường Lạn
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03156,Xã Nậm Tin,false,11,03166,Xã Mường Chà
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03165,Xã Pa Tần,false,11,03166,Xã Mường Chà
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03166,Xã Chà Cang,false,11,03166,Xã Mường Chà
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03167,Xã Na Cô Sa,false,11,03164,Xã Quảng Lâm
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03168,Xã Nà Khoa,false,11,03169,Xã Nà Hỳ
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03169,Xã Nà Hỳ,false,11,03169,Xã Nà Hỳ
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03170,Xã Nà Bủng,false,11,03176,Xã Nà Bủng
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03171,Xã Nậm Nhừ,false,11,03169,Xã Nà Hỳ
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03173,Xã Nậm Chua,false,11,03169,Xã Nà Hỳ
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03174,Xã Nậm Khăn,false,11,03175,Xã Chà Tở
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03175,Xã Chà Tở,false,11,03175,Xã Chà Tở
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03176,Xã Vàng Đán,false,11,03176,Xã Nà Bủng
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03187,Xã Chà Nưa,false,11,03166,Xã Mường Chà
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03198,Xã Phìn Hồ,false,11,03199,Xã Si Pa Phìn
11,Tỉnh Điện Biên,103,Huyện Nậm Pồ,03199,Xã Si Pa Phìn,false,11,03199,Xã Si Pa Phìn
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03386,Phường Quyết Thắng,false,12,03388,Phường Đoàn Kết
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03387,Phường Tân Phong,false,12,03408,Phường Tân Phong
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03388,Phường Quyết Tiến,false,12,03388,Phường Đoàn Kết
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03389,Phường Đoàn Kết,false,12,03388,Phường Đoàn Kết
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03403,Xã Sùng Phài,false,12,03388,Phường Đoàn Kết
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03408,Phường Đông Phong,false,12,03408,Phường Tân Phong
12,Tỉnh Lai Châu,105,Thành phố Lai Châu,03409,Xã San Thàng,false,12,03408,Phường Tân Phong
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03390,Thị trấn Tam Đường,false,12,03390,Xã Bình Lư
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03394,Xã Thèn Sin,false,12,03394,Xã Sin Suối Hồ
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03400,Xã Tả Lèng,false,12,03405,Xã Tả Lèng
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03405,Xã Giang Ma,false,12,03405,Xã Tả Lèng
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03406,Xã Hồ Thầu,false,12,03405,Xã Tả Lèng
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03412,Xã Bình Lư,false,12,03390,Xã Bình Lư
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03413,Xã Sơn Bình,false,12,03390,Xã Bình Lư
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03415,Xã Nùng Nàng,false,12,03408,Phường Tân Phong
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03418,Xã Bản Giang,false,12,03408,Phường Tân Phong
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03421,Xã Bản Hon,false,12,03430,Xã Khun Há
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03424,Xã Bản Bo,false,12,03424,Xã Bản Bo
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03427,Xã Nà Tăm,false,12,03424,Xã Bản Bo
12,Tỉnh Lai Châu,106,Huyện Tam Đường,03430,Xã Khun Há,false,12,03430,Xã Khun Há
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03433,Thị trấn Mường Tè,false,12,03433,Xã Bum Tở
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03436,Xã Thu Lũm,false,12,03439,Xã Thu Lũm
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03439,Xã Ka Lăng,false,12,03439,Xã Thu Lũm
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03440,Xã Tá Bạ,false,12,03442,Xã Pa Ủ
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03442,Xã Pa ủ,false,12,03442,Xã Pa Ủ
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03445,Xã Mường Tè,false,12,03445,Xã Mường Tè
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03448,Xã Pa Vệ Sủ,false,12,03466,Xã Bum Nưa
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03451,Xã Mù Cả,false,12,03451,Xã Mù Cả
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03454,Xã Bum Tở,false,12,03433,Xã Bum Tở
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03457,Xã Nậm Khao,false,12,03445,Xã Mường Tè
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03463,Xã Tà Tổng,false,12,03463,Xã Tà Tổng
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03466,Xã Bum Nưa,false,12,03466,Xã Bum Nưa
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03467,Xã Vàng San,false,12,03460,Xã Hua Bum
12,Tỉnh Lai Châu,107,Huyện Mường Tè,03469,Xã Kan Hồ,false,12,03433,Xã Bum Tở
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03478,Thị trấn Sìn Hồ,false,12,03478,Xã Sìn Hồ
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03487,Xã Chăn Nưa,false,12,03487,Xã Lê Lợi
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03493,Xã Pa Tần,false,12,03503,Xã Pa Tần
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03496,Xã Phìn Hồ,false,12,03508,Xã Hồng Thu
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03499,Xã Hồng Thu,false,12,03508,Xã Hồng Thu
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03505,Xã Phăng Sô Lin,false,12,03478,Xã Sìn Hồ
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03508,Xã Ma Quai,false,12,03508,Xã Hồng Thu
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03509,Xã Lùng Thàng,false,12,03517,Xã Nậm Tăm
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03511,Xã Tả Phìn,false,12,03478,Xã Sìn Hồ
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03514,Xã Sà Dề Phìn,false,12,03478,Xã Sìn Hồ
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03517,Xã Nậm Tăm,false,12,03517,Xã Nậm Tăm
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03520,Xã Tả Ngảo,false,12,03529,Xã Tủa Sín Chải
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03523,Xã Pu Sam Cáp,false,12,03532,Xã Pu Sam Cáp
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03526,Xã Nậm Cha,false,12,03517,Xã Nậm Tăm
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03527,Xã Pa Khóa,false,12,03532,Xã Pu Sam Cáp
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03529,Xã Làng Mô,false,12,03529,Xã Tủa Sín Chải
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03532,Xã Noong Hẻo,false,12,03532,Xã Pu Sam Cáp
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03535,Xã Nậm Mạ,false,12,03538,Xã Nậm Mạ
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03538,Xã Căn Co,false,12,03538,Xã Nậm Mạ
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03541,Xã Tủa Sín Chải,false,12,03529,Xã Tủa Sín Chải
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03544,Xã Nậm Cuổi,false,12,03544,Xã Nậm Cuổi
12,Tỉnh Lai Châu,108,Huyện Sìn Hồ,03547,Xã Nậm Hăn,false,12,03544,Xã Nậm Cuổi
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03391,Xã Lản Nhì Thàng,false,12,03388,Phường Đoàn Kết
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03490,Xã Huổi Luông,false,12,03549,Xã Phong Thổ
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03549,Thị trấn Phong Thổ,false,12,03549,Xã Phong Thổ
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03550,Xã Sì Lở Lầu,false,12,03562,Xã Sì Lở Lầu
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03553,Xã Mồ Sì San,false,12,03562,Xã Sì Lở Lầu
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03559,Xã Pa Vây Sử,false,12,03562,Xã Sì Lở Lầu
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03562,Xã Vàng Ma Chải,false,12,03562,Xã Sì Lở Lầu
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03565,Xã Tung Qua Lìn,false,12,03571,Xã Dào San
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03568,Xã Mù Sang,false,12,03571,Xã Dào San
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03571,Xã Dào San,false,12,03571,Xã Dào San
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03574,Xã Ma Li Pho,false,12,03549,Xã Phong Thổ
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03577,Xã Bản Lang,false,12,03583,Xã Khổng Lào
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03580,Xã Hoang Thèn,false,12,03583,Xã Khổng Lào
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03583,Xã Khổng Lào,false,12,03583,Xã Khổng Lào
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03586,Xã Nậm Xe,false,12,03394,Xã Sin Suối Hồ
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03589,Xã Mường So,false,12,03549,Xã Phong Thổ
12,Tỉnh Lai Châu,109,Huyện Phong Thổ,03592,Xã Sin Suối Hồ,false,12,03394,Xã Sin Suối Hồ
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03595,Thị trấn Than Uyên,false,12,03595,Xã Than Uyên
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03618,Xã Phúc Than,false,12,03618,Xã Mường Than
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03619,Xã Mường Than,false,12,03595,Xã Than Uyên
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03625,Xã Mường Mít,false,12,03618,Xã Mường Than
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03628,Xã Pha Mu,false,12,03637,Xã Mường Kim
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03631,Xã Mường Cang,false,12,03595,Xã Than Uyên
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03632,Xã Hua Nà,false,12,03595,Xã Than Uyên
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03634,Xã Tà Hừa,false,12,03637,Xã Mường Kim
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03637,Xã Mường Kim,false,12,03637,Xã Mường Kim
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03638,Xã Tà Mung,false,12,03637,Xã Mường Kim
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03640,Xã Ta Gia,false,12,03640,Xã Khoen On
12,Tỉnh Lai Châu,110,Huyện Than Uyên,03643,Xã Khoen On,false,12,03640,Xã Khoen On
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03598,Thị trấn Tân Uyên,false,12,03598,Xã Tân Uyên
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03601,Xã Mường Khoa,false,12,03601,Xã Mường Khoa
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03602,Xã Phúc Khoa,false,12,03601,Xã Mường Khoa
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03604,Xã Thân Thuộc,false,12,03598,Xã Tân Uyên
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03605,Xã Trung Đồng,false,12,03598,Xã Tân Uyên
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03607,Xã Hố Mít,false,12,03616,Xã Pắc Ta
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03610,Xã Nậm Cần,false,12,03598,Xã Tân Uyên
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03613,Xã Nậm Sỏ,false,12,03613,Xã Nậm Sỏ
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03616,Xã Pắc Ta,false,12,03616,Xã Pắc Ta
12,Tỉnh Lai Châu,111,Huyện Tân Uyên,03622,Xã Tà Mít,false,12,03613,Xã Nậm Sỏ
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03434,Thị trấn Nậm Nhùn,false,12,03434,Xã Nậm Hàng
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03460,Xã Hua Bum,false,12,03460,Xã Hua Bum
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03472,Xã Mường Mô,false,12,03472,Xã Mường Mô
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03473,Xã Nậm Chà,false,12,03472,Xã Mường Mô
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03474,Xã Nậm Manh,false,12,03434,Xã Nậm Hàng
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03475,Xã Nậm Hàng,false,12,03434,Xã Nậm Hàng
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03481,Xã Lê Lợi,false,12,03487,Xã Lê Lợi
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03484,Xã Pú Đao,false,12,03487,Xã Lê Lợi
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03488,Xã Nậm Pì,false,12,03487,Xã Lê Lợi
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03502,Xã Nậm Ban,false,12,03503,Xã Pa Tần
12,Tỉnh Lai Châu,112,Huyện Nậm Nhùn,03503,Xã Trung Chải,false,12,03503,Xã Pa Tần
14,Tỉnh Sơn La,116,Thành phố Sơn La,03646,Phường Chiềng Lề,false,14,03646,Phường Tô Hiệu
14,Tỉnh Sơn La,116,Thành phố Sơn La,03649,Phường Tô Hiệu,false,14,03646,Phường Tô Hiệu
14,Tỉnh Sơn La,116,Thành phố Sơn La,03652,Phường Quyết Thắng,false,14,03646,Phường Tô Hiệu
14,Tỉnh Sơn La,116,Thành phố Sơn La,03655,Phường Quyết Tâm,false,14,03646,Phường Tô Hiệu
14,Tỉnh Sơn La,116,Thành phố Sơn La,03658,Xã Chiềng Cọ,false,14,03670,Phường Chiềng Cơi
14,Tỉnh Sơn La,116,Thành phố Sơn La,03661,Xã Chiềng Đen,false,14,03664,Phường Chiềng An
14,Tỉnh Sơn La,116,Thành phố Sơn La,03664,Xã Chiềng Xôm,false,14,03664,Phường Chiềng An
14,Tỉnh Sơn La,116,Thành phố Sơn La,03667,Phường Chiềng An,false,14,03664,Phường Chiềng An
14,Tỉnh Sơn La,116,Thành phố Sơn La,03670,Phường Chiềng Cơi,false,14,03670,Phường Chiềng Cơi
14,Tỉnh Sơn La,116,Thành phố Sơn La,03673,Xã Chiềng Ngần,false,14,03679,Phường Chiềng Sinh
14,Tỉnh Sơn La,116,Thành phố Sơn La,03676,Xã Hua La,false,14,03670,Phường Chiềng Cơi
14,Tỉnh Sơn La,116,Thành phố Sơn La,03679,Phường Chiềng Sinh,false,14,03679,Phường Chiềng Sinh
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03682,Xã Mường Chiên,false,14,03688,Xã Mường Chiên
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03685,Xã Cà Nàng,false,14,03688,Xã Mường Chiên
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03688,Xã Chiềng Khay,false,14,03688,Xã Mường Chiên
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03694,Xã Mường Giôn,false,14,03694,Xã Mường Giôn
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03697,Xã Pá Ma Pha Khinh,false,14,03694,Xã Mường Giôn
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03700,Xã Chiềng Ơn,false,14,03703,Xã Quỳnh Nhai
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03703,Thị trấn Mường Giàng,false,14,03703,Xã Quỳnh Nhai
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03706,Xã Chiềng Bằng,false,14,03703,Xã Quỳnh Nhai
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03709,Xã Mường Sại,false,14,03712,Xã Mường Sại
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03712,Xã Nặm Ét,false,14,03712,Xã Mường Sại
14,Tỉnh Sơn La,118,Huyện Quỳnh Nhai,03718,Xã Chiềng Khoang,false,14,03703,Xã Quỳnh Nhai
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03721,Thị trấn Thuận Châu,false,14,03721,Xã Thuận Châu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03724,Xã Phổng Lái,false,14,03724,Xã Bình Thuận
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03727,Xã Mường é,false,14,03727,Xã Mường É
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03730,Xã Chiềng Pha,false,14,03724,Xã Bình Thuận
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03733,Xã Chiềng La,false,14,03754,Xã Chiềng La
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03736,Xã Chiềng Ngàm,false,14,03754,Xã Chiềng La
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03739,Xã Liệp Tè,false,14,03757,Xã Mường Khiêng
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03742,Xã é Tòng,false,14,03763,Xã Long Hẹ
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03745,Xã Phổng Lập,false,14,03727,Xã Mường É
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03748,Xã Phổng Ly,false,14,03721,Xã Thuận Châu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03754,Xã Nong Lay,false,14,03754,Xã Chiềng La
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03757,Xã Mường Khiêng,false,14,03757,Xã Mường Khiêng
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03760,Xã Mường Bám,false,14,03760,Xã Mường Bám
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03763,Xã Long Hẹ,false,14,03763,Xã Long Hẹ
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03766,Xã Chiềng Bôm,false,14,03784,Xã Nậm Lầu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03769,Xã Thôm Mòn,false,14,03721,Xã Thuận Châu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03772,Xã Tông Lạnh,false,14,03721,Xã Thuận Châu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03775,Xã Tông Cọ,false,14,03754,Xã Chiềng La
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03778,Xã Bó Mười,false,14,03757,Xã Mường Khiêng
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03781,Xã Co Mạ,false,14,03781,Xã Co Mạ
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03784,Xã Púng Tra,false,14,03784,Xã Nậm Lầu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03787,Xã Chiềng Pấc,false,14,03721,Xã Thuận Châu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03790,Xã Nậm Lầu,false,14,03784,Xã Nậm Lầu
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03793,Xã Bon Phặng,false,14,03799,Xã Muổi Nọi
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03796,Xã Co Tòng,false,14,03781,Xã Co Mạ
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03799,Xã Muổi Nọi,false,14,03799,Xã Muổi Nọi
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03802,Xã Pá Lông,false,14,03781,Xã Co Mạ
14,Tỉnh Sơn La,119,Huyện Thuận Châu,03805,Xã Bản Lầm,false,14,03799,Xã Muổi Nọi
14,Tỉnh Sơn La,120,Huyện Mường La,03808,Thị trấn Ít Ong,false,14,03808,Xã Mường La
14,Tỉnh Sơn La,120,Huyện Mường La,03811,Xã Nậm Giôn,false,14,03814,Xã Chiềng Lao
14,Tỉnh Sơn La,120,Huyện Mường La,03814,Xã Chiềng Lao,false,14,03814,Xã Chiềng Lao
14,Tỉnh Sơn La,120,Huyện Mường La,03817,Xã Hua Trai,false,14,03814,Xã Chiềng Lao
14,Tỉnh Sơn La,120,Huyện Mường La,03820,Xã Ngọc Chiến,false,14,03820,Xã Ngọc Chiến
14,Tỉnh Sơn La,120,Huyện Mường La,03823,Xã Mường Trai,false,14,03808,Xã Mường La
14,Tỉnh Sơn La,120,Huyện Mường La,03826,Xã Nậm Păm,false,14,03808,Xã Mường La
14,Tỉnh Sơn La,120,Huyện Mường La,03829,Xã Chiềng Muôn,false,14,03808,Xã Mường La
14,Tỉnh Sơn La,120,Huyện Mường La,03832,Xã Chiềng Ân,false,14,03850,Xã Chiềng Hoa
14,Tỉnh Sơn La,120,Huyện Mường La,03835,Xã Pi Toong,false,14,03808,Xã Mường La
14,Tỉnh Sơn La,120,Huyện Mường La,03838,Xã Chiềng Công,false,14,03850,Xã Chiềng Hoa
14,Tỉnh Sơn La,120,Huyện Mường La,03841,Xã Tạ Bú,false,14,03847,Xã Mường Bú
14,Tỉnh Sơn La,120,Huyện Mường La,03844,Xã Chiềng San,false,14,03808,Xã Mường La
14,Tỉnh Sơn La,120,Huyện Mường La,03847,Xã Mường Bú,false,14,03847,Xã Mường Bú
14,Tỉnh Sơn La,120,Huyện Mường La,03850,Xã Chiềng Hoa,false,14,03850,Xã Chiềng Hoa
14,Tỉnh Sơn La,120,Huyện Mường La,03853,Xã Mường Chùm,false,14,03847,Xã Mường Bú
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03856,Thị trấn Bắc Yên,false,14,03856,Xã Bắc Yên
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03859,Xã Phiêng Ban,false,14,03856,Xã Bắc Yên
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03862,Xã Hang Chú,false,14,03862,Xã Xím Vàng
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03865,Xã Xím Vàng,false,14,03862,Xã Xím Vàng
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03868,Xã Tà Xùa,false,14,03868,Xã Tà Xùa
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03869,Xã Háng Đồng,false,14,03868,Xã Tà Xùa
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03871,Xã Pắc Ngà,false,14,03871,Xã Pắc Ngà
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03874,Xã Làng Chếu,false,14,03868,Xã Tà Xùa
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03877,Xã Chim Vàn,false,14,03871,Xã Pắc Ngà
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03880,Xã Mường Khoa,false,14,03880,Xã Tạ Khoa
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03883,Xã Song Pe,false,14,03856,Xã Bắc Yên
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03886,Xã Hồng Ngài,false,14,03856,Xã Bắc Yên
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03889,Xã Tạ Khoa,false,14,03880,Xã Tạ Khoa
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03890,Xã Hua Nhàn,false,14,03880,Xã Tạ Khoa
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03892,Xã Phiêng Côn,false,14,03892,Xã Chiềng Sại
14,Tỉnh Sơn La,121,Huyện Bắc Yên,03895,Xã Chiềng Sại,false,14,03892,Xã Chiềng Sại
14,Tỉnh Sơn La,122,Huyện Phù Yên,03901,Xã Suối Tọ,false,14,03901,Xã Suối Tọ
14,Tỉnh Sơn La,122,Huyện Phù Yên,03904,Xã Mường Thải,false,14,03907,Xã Mường Cơi
14,Tỉnh Sơn La,122,Huyện Phù Yên,03907,Xã Mường Cơi,false,14,03907,Xã Mường Cơi
14,Tỉnh Sơn La,122,Huyện Phù Yên,03910,Thị trấn Quang Huy,false,14,03910,Xã Phù Yên
14,Tỉnh Sơn La,122,Huyện Phù Yên,03916,Xã Huy Thượng,false,14,03910,Xã Phù Yên
14,Tỉnh Sơn La,122,Huyện Phù Yên,03919,Xã Tân Lang,false,14,03907,Xã Mường Cơi
14,Tỉnh Sơn La,122,Huyện Phù Yên,03922,Xã Gia Phù,false,14,03922,Xã Gia Phù
14,Tỉnh Sơn La,122,Huyện Phù Yên,03925,Xã Tường Phù,false,14,03922,Xã Gia Phù
14,Tỉnh Sơn La,122,Huyện Phù Yên,03928,Xã Huy Hạ,false,14,03910,Xã Phù Yên
14,Tỉnh Sơn La,122,Huyện Phù Yên,03931,Xã Huy Tân,false,14,03910,Xã Phù Yên
14,Tỉnh Sơn La,122,Huyện Phù Yên,03934,Xã Mường Lang,false,14,03943,Xã Mường Bang
14,Tỉnh Sơn La,122,Huyện Phù Yên,03937,Xã Suối Bau,false,14,03922,Xã Gia Phù
14,Tỉnh Sơn La,122,Huyện Phù Yên,03940,Xã Huy Tường,false,14,03910,Xã Phù Yên
14,Tỉnh Sơn La,122,Huyện Phù Yên,03943,Xã Mường Do,false,14,03943,Xã Mường Bang
14,Tỉnh Sơn La,122,Huyện Phù Yên,03946,Xã Sập Xa,false,14,03922,Xã Gia Phù
14,Tỉnh Sơn La,122,Huyện Phù Yên,03949,Xã Tường Thượng,false,14,03958,Xã Tường Hạ
14,Tỉnh Sơn La,122,Huyện Phù Yên,03952,Xã Tường Tiến,false,14,03958,Xã Tường Hạ
14,Tỉnh Sơn La,122,Huyện Phù Yên,03955,Xã Tường Phong,false,14,03958,Xã Tường Hạ
14,Tỉnh Sơn La,122,Huyện Phù Yên,03958,Xã Tường Hạ,false,14,03958,Xã Tường Hạ
14,Tỉnh Sơn La,122,Huyện Phù Yên,03961,Xã Kim Bon,false,14,03961,Xã Kim Bon
14,Tỉnh Sơn La,122,Huyện Phù Yên,03964,Xã Mường Bang,false,14,03943,Xã Mường Bang
14,Tỉnh Sơn La,122,Huyện Phù Yên,03967,Xã Đá Đỏ,false,14,03961,Xã Kim Bon
14,Tỉnh Sơn La,122,Huyện Phù Yên,03970,Xã Tân Phong,false,14,03970,Xã Tân Phong
14,Tỉnh Sơn La,122,Huyện Phù Yên,03973,Xã Nam Phong,false,14,03970,Xã Tân Phong
14,Tỉnh Sơn La,122,Huyện Phù Yên,03976,Xã Bắc Phong,false,14,03970,Xã Tân Phong
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03979,Phường Mộc Sơn,false,14,03979,Phường Mộc Sơn
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03980,Phường Mộc Lỵ,false,14,03980,Phường Mộc Châu
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03982,Phường Thảo Nguyên,false,14,03982,Phường Thảo Nguyên
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03983,Phường Bình Minh,false,14,04033,Phường Vân Sơn
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03984,Phường Cờ Đỏ,false,14,03982,Phường Thảo Nguyên
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03985,Xã Chiềng Sơn,false,14,03985,Xã Chiềng Sơn
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,03997,Xã Tân Yên,false,14,03997,Xã Tân Yên
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04000,Xã Đoàn Kết,false,14,04000,Xã Đoàn Kết
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04012,Xã Chiềng Hắc,false,14,03980,Phường Mộc Châu
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04015,Xã Chiềng Chung,false,14,04000,Xã Đoàn Kết
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04024,Xã Chiềng Khừa,false,14,04045,Xã Lóng Sập
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04027,Phường Mường Sang,false,14,03980,Phường Mộc Châu
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04030,Phường Đông Sang,false,14,03979,Phường Mộc Sơn
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04033,Phường Vân Sơn,false,14,04033,Phường Vân Sơn
14,Tỉnh Sơn La,123,Thị xã Mộc Châu,04045,Xã Lóng Sập,false,14,04045,Xã Lóng Sập
14,Tỉnh Sơn La,124,Huyện Yên Châu,04063,Xã Chiềng Đông,false,14,04075,Xã Yên Châu
14,Tỉnh Sơn La,124,Huyện Yên Châu,04066,Xã Sặp Vạt,false,14,04075,Xã Yên Châu
14,Tỉnh Sơn La,124,Huyện Yên Châu,04069,Xã Chiềng Sàng,false,14,04075,Xã Yên Châu
14,Tỉnh Sơn La,124,Huyện Yên Châu,04072,Xã Chiềng Pằn,false,14,04075,Xã Yên Châu
14,Tỉnh Sơn La,124,Huyện Yên Châu,04075,Thị trấn Yên Châu,false,14,04075,Xã Yên Châu
14,Tỉnh Sơn La,124,Huyện Yên Châu,04078,Xã Chiềng Hặc,false,14,04078,Xã Chiềng Hặc
14,Tỉnh Sơn La,124,Huyện Yên Châu,04081,Xã Mường Lựm,false,14,04078,Xã Chiềng Hặc
14,Tỉnh Sơn La,124,Huyện Yên Châu,04084,Xã Chiềng On,false,14,04087,Xã Yên Sơn
14,Tỉnh Sơn La,124,Huyện Yên Châu,04087,Xã Yên Sơn,false,14,04087,Xã Yên Sơn
14,Tỉnh Sơn La,124,Huyện Yên Châu,04090,Xã Chiềng Khoi,false,14,04075,Xã Yên Châu
14,Tỉnh Sơn La,124,Huyện Yên Châu,04093,Xã Tú Nang,false,14,04078,Xã Chiềng Hặc
14,Tỉnh Sơn La,124,Huyện Yên Châu,04096,Xã Lóng Phiêng,false,14,04096,Xã Lóng Phiêng
14,Tỉnh Sơn La,124,Huyện Yên Châu,04099,Xã Phiêng Khoài,false,14,04099,Xã Phiêng Khoài
14,Tỉnh Sơn La,124,Huyện Yên Châu,04102,Xã Chiềng Tương,false,14,04096,Xã Lóng Phiêng
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04105,Thị trấn Hát Lót,false,14,04105,Xã Mai Sơn
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04108,Xã Chiềng Sung,false,14,04108,Xã Chiềng Sung
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04111,Xã Mường Bằng,false,14,04123,Xã Chiềng Mung
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04114,Xã Chiềng Chăn,false,14,04108,Xã Chiềng Sung
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04117,Xã Mường Chanh,false,14,04117,Xã Mường Chanh
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04120,Xã Chiềng Ban,false,14,04132,Xã Chiềng Mai
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04123,Xã Chiềng Mung,false,14,04123,Xã Chiềng Mung
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04126,Xã Mường Bon,false,14,04123,Xã Chiềng Mung
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04129,Xã Chiềng Chung,false,14,04117,Xã Mường Chanh
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04132,Xã Chiềng Mai,false,14,04132,Xã Chiềng Mai
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04135,Xã Hát Lót,false,14,04105,Xã Mai Sơn
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04136,Xã Nà Bó,false,14,04136,Xã Tà Hộc
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04138,Xã Cò Nòi,false,14,04105,Xã Mai Sơn
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04141,Xã Chiềng Nơi,false,14,04144,Xã Phiêng Cằm
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04144,Xã Phiêng Cằm,false,14,04144,Xã Phiêng Cằm
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04147,Xã Chiềng Dong,false,14,04132,Xã Chiềng Mai
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04150,Xã Chiềng Kheo,false,14,04132,Xã Chiềng Mai
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04153,Xã Chiềng Ve,false,14,04132,Xã Chiềng Mai
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04156,Xã Chiềng Lương,false,14,04159,Xã Phiêng Pằn
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04159,Xã Phiêng Pằn,false,14,04159,Xã Phiêng Pằn
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04162,Xã Nà Ớt,false,14,04159,Xã Phiêng Pằn
14,Tỉnh Sơn La,125,Huyện Mai Sơn,04165,Xã Tà Hộc,false,14,04136,Xã Tà Hộc
14,Tỉnh Sơn La,126,Huyện Sông Mã,04168,Thị trấn Sông Mã,false,14,04168,Xã Sông Mã
14,Tỉnh Sơn La,126,Huyện Sông Mã,04171,Xã Bó Sinh,false,14,04171,Xã Bó Sinh
14,Tỉnh Sơn La,126,Huyện Sông Mã,04174,Xã Pú Bẩu,false,14,04171,Xã Bó Sinh
14,Tỉnh Sơn La,126,Huyện Sông Mã,04177,Xã Chiềng Phung,false,14,04186,Xã Nậm Ty
14,Tỉnh Sơn La,126,Huyện Sông Mã,04180,Xã Chiềng En,false,14,04171,Xã Bó Sinh
14,Tỉnh Sơn La,126,Huyện Sông Mã,04183,Xã Mường Lầm,false,14,04183,Xã Mường Lầm
14,Tỉnh Sơn La,126,Huyện Sông Mã,04186,Xã Nậm Ty,false,14,04186,Xã Nậm Ty
14,Tỉnh Sơn La,126,Huyện Sông Mã,04189,Xã Đứa Mòn,false,14,04183,Xã Mường Lầm
14,Tỉnh Sơn La,126,Huyện Sông Mã,04192,Xã Yên Hưng,false,14,04195,Xã Chiềng Sơ
14,Tỉnh Sơn La,126,Huyện Sông Mã,04195,Xã Chiềng Sơ,false,14,04195,Xã Chiềng Sơ
14,Tỉnh Sơn La,126,Huyện Sông Mã,04198,Xã Nà Nghịu,false,14,04168,Xã Sông Mã
14,Tỉnh Sơn La,126,Huyện Sông Mã,04201,Xã Nậm Mằn,false,14,04210,Xã Huổi Một
14,Tỉnh Sơn La,126,Huyện Sông Mã,04204,Xã Chiềng Khoong,false,14,04204,Xã Chiềng Khoong
14,Tỉnh Sơn La,126,Huyện Sông Mã,04207,Xã Chiềng Cang,false,14,04219,Xã Mường Hung
14,Tỉnh Sơn La,126,Huyện Sông Mã,04210,Xã Huổi Một,false,14,04210,Xã Huổi Một
14,Tỉnh Sơn La,126,Huyện Sông Mã,04213,Xã Mường Sai,false,14,04222,Xã Chiềng Khương
14,Tỉnh Sơn La,126,Huyện Sông Mã,04216,Xã Mường Cai,false,14,04204,Xã Chiềng Khoong
14,Tỉnh Sơn La,126,Huyện Sông Mã,04219,Xã Mường Hung,false,14,04219,Xã Mường Hung
14,Tỉnh Sơn La,126,Huyện Sông Mã,04222,Xã Chiềng Khương,false,14,04222,Xã Chiềng Khương
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04225,Xã Sam Kha,false,14,04228,Xã Púng Bánh
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04228,Xã Púng Bánh,false,14,04228,Xã Púng Bánh
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04231,Xã Sốp Cộp,false,14,04231,Xã Sốp Cộp
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04234,Xã Dồm Cang,false,14,04228,Xã Púng Bánh
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04237,Xã Nậm Lạnh,false,14,04231,Xã Sốp Cộp
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04240,Xã Mường Lèo,false,14,04240,Xã Mường Lèo
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04243,Xã Mường Và,false,14,04231,Xã Sốp Cộp
14,Tỉnh Sơn La,127,Huyện Sốp Cộp,04246,Xã Mường Lạn,false,14,04246,Xã Mường Lạn
14,Tỉnh Sơn La,128,Huyện Vân Hồ,03994,Xã Suối Bàng,false,14,04018,Xã Tô Múa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04006,Xã Song Khủa,false,14,04006,Xã Song Khủa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04009,Xã Liên Hòa,false,14,04006,Xã Song Khủa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04018,Xã Tô Múa,false,14,04018,Xã Tô Múa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04021,Xã Mường Tè,false,14,04006,Xã Song Khủa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04036,Xã Chiềng Khoa,false,14,04018,Xã Tô Múa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04039,Xã Mường Men,false,14,04048,Xã Vân Hồ
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04042,Xã Quang Minh,false,14,04006,Xã Song Khủa
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04048,Xã Vân Hồ,false,14,04048,Xã Vân Hồ
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04051,Xã Lóng Luông,false,14,04048,Xã Vân Hồ
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04054,Xã Chiềng Yên,false,14,04048,Xã Vân Hồ
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04056,Xã Chiềng Xuân,false,14,03985,Xã Chiềng Sơn
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04057,Xã Xuân Nha,false,14,04057,Xã Xuân Nha
14,Tỉnh Sơn La,128,Huyện Vân Hồ,04058,Xã Tân Xuân,false,14,04057,Xã Xuân Nha
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04249,Phường Yên Thịnh,false,15,04279,Phường Văn Phú
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04252,Phường Yên Ninh,false,15,04252,Phường Yên Bái
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04255,Phường Minh Tân,false,15,04252,Phường Yên Bái
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04258,Phường Nguyễn Thái Học,false,15,04252,Phường Yên Bái
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04261,Phường Đồng Tâm,false,15,04252,Phường Yên Bái
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04264,Phường Hồng Hà,false,15,04252,Phường Yên Bái
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04270,Xã Minh Bảo,false,15,04273,Phường Nam Cường
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04273,Phường Nam Cường,false,15,04273,Phường Nam Cường
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04276,Xã Tuy Lộc,false,15,04273,Phường Nam Cường
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04279,Xã Tân Thịnh,false,15,04279,Phường Văn Phú
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04540,Xã Âu Lâu,false,15,04543,Phường Âu Lâu
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04543,Xã Giới Phiên,false,15,04543,Phường Âu Lâu
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04546,Phường Hợp Minh,false,15,04543,Phường Âu Lâu
15,Tỉnh Yên Bái,132,Thành phố Yên Bái,04558,Xã Văn Phú,false,15,04279,Phường Văn Phú
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04282,Phường Pú Trạng,false,15,04288,Phường Nghĩa Lộ
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04285,Phường Trung Tâm,false,15,04663,Phường Trung Tâm
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04288,Phường Tân An,false,15,04288,Phường Nghĩa Lộ
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04291,Phường Cầu Thia,false,15,04681,Phường Cầu Thia
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04294,Xã Nghĩa Lợi,false,15,04663,Phường Trung Tâm
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04297,Xã Nghĩa Phúc,false,15,04660,Xã Liên Sơn
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04300,Xã Nghĩa An,false,15,04288,Phường Nghĩa Lộ
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04624,Xã Nghĩa Lộ,false,15,04663,Phường Trung Tâm
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04660,Xã Sơn A,false,15,04660,Xã Liên Sơn
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04663,Xã Phù Nham,false,15,04663,Phường Trung Tâm
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04675,Xã Thanh Lương,false,15,04681,Phường Cầu Thia
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04678,Xã Hạnh Sơn,false,15,04681,Phường Cầu Thia
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04681,Xã Phúc Sơn,false,15,04681,Phường Cầu Thia
15,Tỉnh Yên Bái,133,Thị xã Nghĩa Lộ,04684,Xã Thạch Lương,false,15,04681,Phường Cầu Thia
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04303,Thị trấn Yên Thế,false,15,04303,Xã Lục Yên
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04306,Xã Tân Phượng,false,15,04309,Xã Lâm Thượng
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04309,Xã Lâm Thượng,false,15,04309,Xã Lâm Thượng
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04312,Xã Khánh Thiện,false,15,04309,Xã Lâm Thượng
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04315,Xã Minh Chuẩn,false,15,04336,Xã Tân Lĩnh
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04318,Xã Mai Sơn,false,15,04309,Xã Lâm Thượng
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04321,Xã Khai Trung,false,15,04336,Xã Tân Lĩnh
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04324,Xã Mường Lai,false,15,04345,Xã Mường Lai
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04327,Xã An Lạc,false,15,04342,Xã Khánh Hòa
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04330,Xã Minh Xuân,false,15,04303,Xã Lục Yên
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04333,Xã Tô Mậu,false,15,04342,Xã Khánh Hòa
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04336,Xã Tân Lĩnh,false,15,04336,Xã Tân Lĩnh
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04339,Xã Yên Thắng,false,15,04303,Xã Lục Yên
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04342,Xã Khánh Hòa,false,15,04342,Xã Khánh Hòa
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04345,Xã Vĩnh Lạc,false,15,04345,Xã Mường Lai
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04348,Xã Liễu Đô,false,15,04303,Xã Lục Yên
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04351,Xã Động Quan,false,15,04342,Xã Khánh Hòa
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04354,Xã Tân Lập,false,15,04336,Xã Tân Lĩnh
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04357,Xã Minh Tiến,false,15,04345,Xã Mường Lai
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04360,Xã Trúc Lâu,false,15,04363,Xã Phúc Lợi
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04363,Xã Phúc Lợi,false,15,04363,Xã Phúc Lợi
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04366,Xã Phan Thanh,false,15,04336,Xã Tân Lĩnh
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04369,Xã An Phú,false,15,04345,Xã Mường Lai
15,Tỉnh Yên Bái,135,Huyện Lục Yên,04372,Xã Trung Tâm,false,15,04363,Xã Phúc Lợi
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04375,Thị trấn Mậu A,false,15,04375,Xã Mậu A
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04378,Xã Lang Thíp,false,15,04381,Xã Lâm Giang
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04381,Xã Lâm Giang,false,15,04381,Xã Lâm Giang
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04384,Xã Châu Quế Thượng,false,15,04387,Xã Châu Quế
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04387,Xã Châu Quế Hạ,false,15,04387,Xã Châu Quế
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04390,Xã An Bình,false,15,04399,Xã Đông Cuông
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04393,Xã Quang Minh,false,15,04399,Xã Đông Cuông
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04396,Xã Đông An,false,15,04399,Xã Đông Cuông
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04399,Xã Đông Cuông,false,15,04399,Xã Đông Cuông
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04402,Xã Phong Dụ Hạ,false,15,04402,Xã Phong Dụ Hạ
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04405,Xã Mậu Đông,false,15,04375,Xã Mậu A
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04408,Xã Ngòi A,false,15,04375,Xã Mậu A
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04411,Xã Xuân Tầm,false,15,04402,Xã Phong Dụ Hạ
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04414,Xã Tân Hợp,false,15,04429,Xã Tân Hợp
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04417,Xã An Thịnh,false,15,04375,Xã Mậu A
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04420,Xã Yên Thái,false,15,04375,Xã Mậu A
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04423,Xã Phong Dụ Thượng,false,15,04423,Xã Phong Dụ Thượng
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04426,Xã Yên Hợp,false,15,04441,Xã Xuân Ái
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04429,Xã Đại Sơn,false,15,04429,Xã Tân Hợp
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04435,Xã Đại Phác,false,15,04441,Xã Xuân Ái
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04438,Xã Yên Phú,false,15,04441,Xã Xuân Ái
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04441,Xã Xuân Ái,false,15,04441,Xã Xuân Ái
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04447,Xã Viễn Sơn,false,15,04441,Xã Xuân Ái
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04450,Xã Mỏ Vàng,false,15,04450,Xã Mỏ Vàng
15,Tỉnh Yên Bái,136,Huyện Văn Yên,04453,Xã Nà Hẩu,false,15,04429,Xã Tân Hợp
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04456,Thị trấn Mù Cang Chải,false,15,04456,Xã Mù Cang Chải
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04459,Xã Hồ Bốn,false,15,04465,Xã Khao Mang
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04462,Xã Nậm Có,false,15,04462,Xã Nậm Có
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04465,Xã Khao Mang,false,15,04465,Xã Khao Mang
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04468,Xã Mồ Dề,false,15,04456,Xã Mù Cang Chải
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04471,Xã Chế Cu Nha,false,15,04456,Xã Mù Cang Chải
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04474,Xã Lao Chải,false,15,04474,Xã Lao Chải
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04477,Xã Kim Nọi,false,15,04456,Xã Mù Cang Chải
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04480,Xã Cao Phạ,false,15,04630,Xã Tú Lệ
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04483,Xã La Pán Tẩn,false,15,04492,Xã Púng Luông
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04486,Xã Dế Xu Phình,false,15,04492,Xã Púng Luông
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04489,Xã Chế Tạo,false,15,04489,Xã Chế Tạo
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04492,Xã Púng Luông,false,15,04492,Xã Púng Luông
15,Tỉnh Yên Bái,137,Huyện Mù Căng Chải,04495,Xã Nậm Khắt,false,15,04492,Xã Púng Luông
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04498,Thị trấn Cổ Phúc,false,15,04498,Xã Trấn Yên
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04501,Xã Tân Đồng,false,15,04498,Xã Trấn Yên
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04504,Xã Báo Đáp,false,15,04498,Xã Trấn Yên
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04510,Xã Thành Thịnh,false,15,04498,Xã Trấn Yên
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04513,Xã Hòa Cuông,false,15,04498,Xã Trấn Yên
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04516,Xã Minh Quán,false,15,04498,Xã Trấn Yên
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04519,Xã Quy Mông,false,15,04531,Xã Quy Mông
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04522,Xã Cường Thịnh,false,15,04273,Phường Nam Cường
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04525,Xã Kiên Thành,false,15,04531,Xã Quy Mông
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04531,Xã Y Can,false,15,04531,Xã Quy Mông
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04537,Xã Lương Thịnh,false,15,04537,Xã Lương Thịnh
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04564,Xã Việt Cường,false,15,04564,Xã Việt Hồng
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04567,Xã Minh Quân,false,15,04543,Phường Âu Lâu
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04570,Xã Hồng Ca,false,15,04576,Xã Hưng Khánh
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04573,Xã Hưng Thịnh,false,15,04537,Xã Lương Thịnh
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04576,Xã Hưng Khánh,false,15,04576,Xã Hưng Khánh
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04579,Xã Việt Hồng,false,15,04564,Xã Việt Hồng
15,Tỉnh Yên Bái,138,Huyện Trấn Yên,04582,Xã Vân Hội,false,15,04564,Xã Việt Hồng
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04585,Thị trấn Trạm Tấu,false,15,04585,Xã Hạnh Phúc
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04588,Xã Túc Đán,false,15,04606,Xã Trạm Tấu
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04591,Xã Pá Lau,false,15,04606,Xã Trạm Tấu
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04594,Xã Xà Hồ,false,15,04585,Xã Hạnh Phúc
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04597,Xã Phình Hồ,false,15,04609,Xã Phình Hồ
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04600,Xã Trạm Tấu,false,15,04606,Xã Trạm Tấu
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04603,Xã Tà Si Láng,false,15,04603,Xã Tà Xi Láng
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04606,Xã Pá Hu,false,15,04606,Xã Trạm Tấu
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04609,Xã Làng Nhì,false,15,04609,Xã Phình Hồ
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04612,Xã Bản Công,false,15,04585,Xã Hạnh Phúc
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04615,Xã Bản Mù,false,15,04609,Xã Phình Hồ
15,Tỉnh Yên Bái,139,Huyện Trạm Tấu,04618,Xã Hát Lừu,false,15,04585,Xã Hạnh Phúc
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04621,Thị trấn Nông trường Liên Sơn,false,15,04660,Xã Liên Sơn
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04627,Thị trấn Nông trường Trần Phú,false,15,04705,Xã Thượng Bằng La
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04630,Xã Tú Lệ,false,15,04630,Xã Tú Lệ
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04633,Xã Nậm Búng,false,15,04636,Xã Gia Hội
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04636,Xã Gia Hội,false,15,04636,Xã Gia Hội
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04639,Xã Sùng Đô,false,15,04651,Xã Sơn Lương
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04642,Xã Nậm Mười,false,15,04651,Xã Sơn Lương
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04645,Xã An Lương,false,15,04450,Xã Mỏ Vàng
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04648,Xã Nậm Lành,false,15,04636,Xã Gia Hội
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04651,Xã Sơn Lương,false,15,04651,Xã Sơn Lương
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04654,Xã Suối Quyền,false,15,04651,Xã Sơn Lương
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04657,Xã Suối Giàng,false,15,04672,Xã Văn Chấn
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04666,Xã Nghĩa Sơn,false,15,04288,Phường Nghĩa Lộ
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04669,Xã Suối Bu,false,15,04672,Xã Văn Chấn
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04672,Thị trấn Sơn Thịnh,false,15,04672,Xã Văn Chấn
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04687,Xã Đại Lịch,false,15,04699,Xã Chấn Thịnh
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04690,Xã Đồng Khê,false,15,04672,Xã Văn Chấn
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04693,Xã Cát Thịnh,false,15,04693,Xã Cát Thịnh
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04696,Xã Tân Thịnh,false,15,04699,Xã Chấn Thịnh
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04699,Xã Chấn Thịnh,false,15,04699,Xã Chấn Thịnh
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04702,Xã Bình Thuận,false,15,04711,Xã Nghĩa Tâm
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04705,Xã Thượng Bằng La,false,15,04705,Xã Thượng Bằng La
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04708,Xã Minh An,false,15,04711,Xã Nghĩa Tâm
15,Tỉnh Yên Bái,140,Huyện Văn Chấn,04711,Xã Nghĩa Tâm,false,15,04711,Xã Nghĩa Tâm
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04714,Thị trấn Yên Bình,false,15,04714,Xã Yên Bình
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04717,Thị trấn Thác Bà,false,15,04717,Xã Thác Bà
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04720,Xã Xuân Long,false,15,04726,Xã Cảm Nhân
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04726,Xã Cảm Nhân,false,15,04726,Xã Cảm Nhân
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04729,Xã Ngọc Chấn,false,15,04726,Xã Cảm Nhân
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04732,Xã Tân Nguyên,false,15,04750,Xã Bảo Ái
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04735,Xã Phúc Ninh,false,15,04744,Xã Yên Thành
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04738,Xã Bảo Ái,false,15,04750,Xã Bảo Ái
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04741,Xã Mỹ Gia,false,15,04744,Xã Yên Thành
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04744,Xã Xuân Lai,false,15,04744,Xã Yên Thành
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04747,Xã Mông Sơn,false,15,04750,Xã Bảo Ái
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04750,Xã Cảm Ân,false,15,04750,Xã Bảo Ái
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04753,Xã Yên Thành,false,15,04744,Xã Yên Thành
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04756,Xã Tân Hương,false,15,04714,Xã Yên Bình
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04759,Xã Phúc An,false,15,04744,Xã Yên Thành
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04762,Xã Bạch Hà,false,15,04717,Xã Thác Bà
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04765,Xã Vũ Linh,false,15,04717,Xã Thác Bà
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04768,Xã Đại Đồng,false,15,04714,Xã Yên Bình
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04771,Xã Vĩnh Kiên,false,15,04717,Xã Thác Bà
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04777,Xã Thịnh Hưng,false,15,04714,Xã Yên Bình
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04780,Xã Hán Đà,false,15,04717,Xã Thác Bà
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04783,Xã Phú Thịnh,false,15,04279,Phường Văn Phú
15,Tỉnh Yên Bái,141,Huyện Yên Bình,04786,Xã Đại Minh,false,15,04717,Xã Thác Bà
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04789,Phường Thái Bình,false,25,04828,Phường Thống Nhất
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04792,Phường Tân Hòa,false,25,04792,Phường Tân Hòa
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04795,Phường Thịnh Lang,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04798,Phường Hữu Nghị,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04801,Phường Tân Thịnh,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04804,Phường Đồng Tiến,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04807,Phường Phương Lâm,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04813,Xã Yên Mông,false,25,04792,Phường Tân Hòa
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04816,Phường Quỳnh Lâm,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04819,Phường Dân Chủ,false,25,04828,Phường Thống Nhất
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04825,Xã Hòa Bình,false,25,04792,Phường Tân Hòa
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04828,Phường Thống Nhất,false,25,04828,Phường Thống Nhất
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04894,Phường Kỳ Sơn,false,25,04894,Phường Kỳ Sơn
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04897,Xã Thịnh Minh,false,25,04897,Xã Thịnh Minh
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04903,Xã Hợp Thành,false,25,04897,Xã Thịnh Minh
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04906,Xã Quang Tiến,false,25,04897,Xã Thịnh Minh
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04912,Xã Mông Hóa,false,25,04894,Phường Kỳ Sơn
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04918,Phường Trung Minh,false,25,04795,Phường Hòa Bình
17,Tỉnh Hòa Bình,148,Thành phố Hòa Bình,04921,Xã Độc Lập,false,25,04894,Phường Kỳ Sơn
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04831,Thị trấn Đà Bắc,false,25,04831,Xã Đà Bắc
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04834,Xã Nánh Nghê,false,25,04846,Xã Đức Nhàn
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04840,Xã Giáp Đắt,false,25,04849,Xã Tân Pheo
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04846,Xã Mường Chiềng,false,25,04846,Xã Đức Nhàn
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04849,Xã Tân Pheo,false,25,04849,Xã Tân Pheo
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04852,Xã Đồng Chum,false,25,04849,Xã Tân Pheo
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04855,Xã Tân Minh,false,25,04876,Xã Cao Sơn
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04858,Xã Đoàn Kết,false,25,04873,Xã Quy Đức
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04861,Xã Đồng Ruộng,false,25,04873,Xã Quy Đức
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04867,Xã Tú Lý,false,25,04831,Xã Đà Bắc
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04870,Xã Trung Thành,false,25,04873,Xã Quy Đức
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04873,Xã Yên Hòa,false,25,04873,Xã Quy Đức
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04876,Xã Cao Sơn,false,25,04876,Xã Cao Sơn
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04879,Xã Toàn Sơn,false,25,04831,Xã Đà Bắc
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04885,Xã Hiền Lương,false,25,04831,Xã Đà Bắc
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04888,Xã Tiền Phong,false,25,04891,Xã Tiền Phong
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04891,Xã Vầy Nưa,true,25,04828,Phường Thống Nhất
17,Tỉnh Hòa Bình,150,Huyện Đà Bắc,04891,Xã Vầy Nưa,true,25,04891,Xã Tiền Phong
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04924,Thị trấn Lương Sơn,false,25,04924,Xã Lương Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04942,Xã Lâm Sơn,false,25,04924,Xã Lương Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04945,Xã Hòa Sơn,false,25,04924,Xã Lương Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04951,Xã Tân Vinh,false,25,04924,Xã Lương Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04954,Xã Nhuận Trạch,false,25,04924,Xã Lương Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04957,Xã Cao Sơn,true,25,04960,Xã Liên Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04957,Xã Cao Sơn,true,25,04924,Xã Lương Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04960,Xã Cư Yên,false,25,04960,Xã Liên Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,04969,Xã Liên Sơn,false,25,04960,Xã Liên Sơn
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,05008,Xã Cao Dương,false,25,05047,Xã Cao Dương
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,05041,Xã Thanh Sơn,false,25,05047,Xã Cao Dương
17,Tỉnh Hòa Bình,152,Huyện Lương Sơn,05047,Xã Thanh Cao,false,25,05047,Xã Cao Dương
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,04978,Thị trấn Bo,false,25,04978,Xã Kim Bôi
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,04984,Xã Đú Sáng,false,25,04990,Xã Nật Sơn
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,04987,Xã Hùng Sơn,false,25,04990,Xã Nật Sơn
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,04990,Xã Bình Sơn,false,25,04990,Xã Nật Sơn
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,04999,Xã Tú Sơn,false,25,05014,Xã Mường Động
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05005,Xã Vĩnh Tiến,false,25,05014,Xã Mường Động
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05014,Xã Đông Bắc,false,25,05014,Xã Mường Động
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05017,Xã Xuân Thủy,false,25,04990,Xã Nật Sơn
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05026,Xã Vĩnh Đồng,false,25,04978,Xã Kim Bôi
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05035,Xã Kim Lập,false,25,05068,Xã Hợp Kim
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05038,Xã Hợp Tiến,false,25,05014,Xã Mường Động
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05065,Xã Kim Bôi,false,25,04978,Xã Kim Bôi
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05068,Xã Nam Thượng,false,25,05068,Xã Hợp Kim
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05077,Xã Cuối Hạ,false,25,05086,Xã Dũng Tiến
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05080,Xã Sào Báy,false,25,05068,Xã Hợp Kim
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05083,Xã Mỵ Hòa,false,25,05086,Xã Dũng Tiến
17,Tỉnh Hòa Bình,153,Huyện Kim Bôi,05086,Xã Nuông Dăm,false,25,05086,Xã Dũng Tiến
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05089,Thị trấn Cao Phong,false,25,05089,Xã Cao Phong
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05092,Xã Bình Thanh,false,25,05092,Xã Thung Nai
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05095,Xã Thung Nai,false,25,05092,Xã Thung Nai
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05098,Xã Bắc Phong,false,25,05092,Xã Thung Nai
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05101,Xã Thu Phong,false,25,05089,Xã Cao Phong
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05104,Xã Hợp Phong,false,25,05089,Xã Cao Phong
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05110,Xã Tây Phong,false,25,05116,Xã Mường Thàng
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05116,Xã Dũng Phong,false,25,05116,Xã Mường Thàng
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05119,Xã Nam Phong,false,25,05116,Xã Mường Thàng
17,Tỉnh Hòa Bình,154,Huyện Cao Phong,05125,Xã Thạch Yên,false,25,05116,Xã Mường Thàng
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05128,Thị trấn Mãn Đức,false,25,05128,Xã Tân Lạc
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05134,Xã Suối Hoa,false,25,05134,Xã Mường Hoa
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05137,Xã Phú Vinh,false,25,05134,Xã Mường Hoa
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05140,Xã Phú Cường,false,25,05158,Xã Mường Bi
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05143,Xã Mỹ Hòa,false,25,05158,Xã Mường Bi
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05152,Xã Quyết Chiến,false,25,05152,Xã Vân Sơn
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05158,Xã Phong Phú,false,25,05158,Xã Mường Bi
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05164,Xã Tử Nê,false,25,05128,Xã Tân Lạc
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05167,Xã Thanh Hối,false,25,05128,Xã Tân Lạc
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05170,Xã Ngọc Mỹ,false,25,05128,Xã Tân Lạc
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05173,Xã Đông Lai,false,25,05128,Xã Tân Lạc
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05176,Xã Vân Sơn,false,25,05152,Xã Vân Sơn
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05182,Xã Nhân Mỹ,false,25,05191,Xã Toàn Thắng
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05191,Xã Lỗ Sơn,false,25,05191,Xã Toàn Thắng
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05194,Xã Ngổ Luông,false,25,05152,Xã Vân Sơn
17,Tỉnh Hòa Bình,155,Huyện Tân Lạc,05197,Xã Gia Mô,false,25,05191,Xã Toàn Thắng
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,04882,Xã Tân Thành,false,25,05206,Xã Tân Mai
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05200,Thị trấn Mai Châu,false,25,05200,Xã Mai Châu
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05206,Xã Sơn Thủy,false,25,05206,Xã Tân Mai
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05209,Xã Pà Cò,false,25,05212,Xã Pà Cò
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05212,Xã Hang Kia,false,25,05212,Xã Pà Cò
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05221,Xã Đồng Tân,true,25,05200,Xã Mai Châu
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05221,Xã Đồng Tân,true,25,05212,Xã Pà Cò
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05224,Xã Cun Pheo,false,25,05212,Xã Pà Cò
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05227,Xã Bao La,false,25,05245,Xã Bao La
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05233,Xã Tòng Đậu,false,25,05200,Xã Mai Châu
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05242,Xã Nà Phòn,false,25,05200,Xã Mai Châu
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05245,Xã Xăm Khòe,false,25,05245,Xã Bao La
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05248,Xã Chiềng Châu,false,25,05251,Xã Mai Hạ
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05251,Xã Mai Hạ,false,25,05251,Xã Mai Hạ
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05254,Xã Thành Sơn,false,25,05200,Xã Mai Châu
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05257,Xã Mai Hịch,false,25,05245,Xã Bao La
17,Tỉnh Hòa Bình,156,Huyện Mai Châu,05263,Xã Vạn Mai,false,25,05251,Xã Mai Hạ
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05266,Thị trấn Vụ Bản,false,25,05266,Xã Lạc Sơn
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05269,Xã Quý Hòa,false,25,05287,Xã Mường Vang
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05272,Xã Miền Đồi,false,25,05293,Xã Thượng Cốc
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05275,Xã Mỹ Thành,false,25,05290,Xã Nhân Nghĩa
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05278,Xã Tuân Đạo,false,25,05287,Xã Mường Vang
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05281,Xã Văn Nghĩa,false,25,05290,Xã Nhân Nghĩa
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05284,Xã Văn Sơn,false,25,05293,Xã Thượng Cốc
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05287,Xã Tân Lập,false,25,05287,Xã Mường Vang
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05290,Xã Nhân Nghĩa,false,25,05290,Xã Nhân Nghĩa
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05293,Xã Thượng Cốc,false,25,05293,Xã Thượng Cốc
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05299,Xã Quyết Thắng,false,25,05323,Xã Quyết Thắng
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05302,Xã Xuất Hóa,false,25,05305,Xã Yên Phú
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05305,Xã Yên Phú,false,25,05305,Xã Yên Phú
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05308,Xã Bình Hẻm,false,25,05305,Xã Yên Phú
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05320,Xã Định Cư,false,25,05323,Xã Quyết Thắng
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05323,Xã Chí Đạo,false,25,05323,Xã Quyết Thắng
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05329,Xã Ngọc Sơn,false,25,05329,Xã Ngọc Sơn
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05332,Xã Hương Nhượng,false,25,05266,Xã Lạc Sơn
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05335,Xã Vũ Bình,false,25,05266,Xã Lạc Sơn
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05338,Xã Tự Do,false,25,05329,Xã Ngọc Sơn
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05341,Xã Yên Nghiệp,false,25,05347,Xã Đại Đồng
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05344,Xã Tân Mỹ,false,25,05347,Xã Đại Đồng
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05347,Xã Ân Nghĩa,false,25,05347,Xã Đại Đồng
17,Tỉnh Hòa Bình,157,Huyện Lạc Sơn,05350,Xã Ngọc Lâu,false,25,05329,Xã Ngọc Sơn
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05353,Thị trấn Hàng Trạm,false,25,05353,Xã Yên Thủy
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05356,Xã Lạc Sỹ,false,25,05362,Xã Lạc Lương
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05362,Xã Lạc Lương,false,25,05362,Xã Lạc Lương
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05365,Xã Bảo Hiệu,false,25,05362,Xã Lạc Lương
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05368,Xã Đa Phúc,false,25,05362,Xã Lạc Lương
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05371,Xã Hữu Lợi,false,25,05386,Xã Yên Trị
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05374,Xã Lạc Thịnh,false,25,05353,Xã Yên Thủy
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05380,Xã Đoàn Kết,false,25,05386,Xã Yên Trị
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05383,Xã Phú Lai,false,25,05353,Xã Yên Thủy
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05386,Xã Yên Trị,false,25,05386,Xã Yên Trị
17,Tỉnh Hòa Bình,158,Huyện Yên Thủy,05389,Xã Ngọc Lương,false,25,05386,Xã Yên Trị
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,04981,Thị trấn Ba Hàng Đồi,false,25,05395,Xã An Nghĩa
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05392,Thị trấn Chi Nê,false,25,05392,Xã Lạc Thủy
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05395,Xã Phú Nghĩa,false,25,05395,Xã An Nghĩa
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05398,Xã Phú Thành,false,25,05395,Xã An Nghĩa
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05404,Xã Hưng Thi,false,25,05425,Xã An Bình
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05413,Xã Khoan Dụ,false,25,05392,Xã Lạc Thủy
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05419,Xã Đồng Tâm,false,25,05392,Xã Lạc Thủy
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05422,Xã Yên Bồng,false,25,05392,Xã Lạc Thủy
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05425,Xã Thống Nhất,false,25,05425,Xã An Bình
17,Tỉnh Hòa Bình,159,Huyện Lạc Thủy,05428,Xã An Bình,false,25,05425,Xã An Bình
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05431,Phường Quan Triều,false,19,05482,Phường Quan Triều
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05434,Phường Quang Vinh,false,19,05482,Phường Quan Triều
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05437,Phường Túc Duyên,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05440,Phường Hoàng Văn Thụ,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05443,Phường Trưng Vương,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05446,Phường Quang Trung,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05449,Phường Phan Đình Phùng,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05452,Phường Tân Thịnh,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05455,Phường Thịnh Đán,false,19,05455,Phường Quyết Thắng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05458,Phường Đồng Quang,false,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05461,Phường Gia Sàng,true,19,05467,Phường Gia Sàng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05461,Phường Gia Sàng,true,19,05443,Phường Phan Đình Phùng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05464,Phường Tân Lập,false,19,05500,Phường Tích Lương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05467,Phường Cam Giá,true,19,05467,Phường Gia Sàng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05467,Phường Cam Giá,true,19,05500,Phường Tích Lương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05470,Phường Phú Xá,false,19,05500,Phường Tích Lương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05473,Phường Hương Sơn,false,19,05467,Phường Gia Sàng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05476,Phường Trung Thành,false,19,05500,Phường Tích Lương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05479,Phường Tân Thành,false,19,05500,Phường Tích Lương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05482,Phường Tân Long,false,19,05482,Phường Quan Triều
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05485,Xã Phúc Hà,false,19,05455,Phường Quyết Thắng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05488,Xã Phúc Xuân,false,19,05488,Xã Đại Phúc
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05491,Xã Quyết Thắng,false,19,05455,Phường Quyết Thắng
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05494,Xã Phúc Trìu,false,19,05488,Xã Đại Phúc
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05497,Xã Thịnh Đức,false,19,05503,Xã Tân Cương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05500,Phường Tích Lương,false,19,05500,Phường Tích Lương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05503,Xã Tân Cương,false,19,05503,Xã Tân Cương
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05653,Xã Sơn Cẩm,false,19,05482,Phường Quan Triều
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05659,Phường Chùa Hang,false,19,05710,Phường Linh Sơn
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05695,Xã Cao Ngạn,false,19,05710,Phường Linh Sơn
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05701,Xã Linh Sơn,false,19,05710,Phường Linh Sơn
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05710,Phường Đồng Bẩm,false,19,05710,Phường Linh Sơn
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05713,Xã Huống Thượng,false,19,05710,Phường Linh Sơn
19,Tỉnh Thái Nguyên,164,Thành phố Thái Nguyên,05914,Xã Đồng Liên,false,19,05467,Phường Gia Sàng
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05506,Phường Lương Sơn,false,19,05528,Phường Bách Quang
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05509,Phường Châu Sơn,false,19,05533,Phường Bá Xuyên
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05512,Phường Mỏ Chè,false,19,05533,Phường Bá Xuyên
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05515,Phường Cải Đan,false,19,05518,Phường Sông Công
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05518,Phường Thắng Lợi,false,19,05518,Phường Sông Công
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05521,Phường Phố Cò,false,19,05518,Phường Sông Công
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05527,Xã Tân Quang,false,19,05528,Phường Bách Quang
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05528,Phường Bách Quang,false,19,05528,Phường Bách Quang
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05530,Xã Bình Sơn,false,19,05503,Xã Tân Cương
19,Tỉnh Thái Nguyên,165,Thành phố Sông Công,05533,Xã Bá Xuyên,false,19,05533,Phường Bá Xuyên
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05539,Xã Linh Thông,false,19,05542,Xã Lam Vỹ
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05542,Xã Lam Vỹ,false,19,05542,Xã Lam Vỹ
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05545,Xã Quy Kỳ,false,19,05551,Xã Kim Phượng
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05548,Xã Tân Thịnh,false,19,05563,Xã Phượng Tiến
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05551,Xã Kim Phượng,false,19,05551,Xã Kim Phượng
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05554,Xã Bảo Linh,false,19,05569,Xã Định Hóa
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05560,Xã Phúc Chu,false,19,05569,Xã Định Hóa
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05563,Xã Tân Dương,false,19,05563,Xã Phượng Tiến
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05566,Xã Phượng Tiến,false,19,05563,Xã Phượng Tiến
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05569,Thị trấn Chợ Chu,false,19,05569,Xã Định Hóa
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05572,Xã Đồng Thịnh,false,19,05569,Xã Định Hóa
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05575,Xã Định Biên,false,19,05587,Xã Bình Yên
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05578,Xã Thanh Định,false,19,05587,Xã Bình Yên
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05581,Xã Trung Hội,false,19,05581,Xã Trung Hội
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05584,Xã Trung Lương,false,19,05587,Xã Bình Yên
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05587,Xã Bình Yên,false,19,05587,Xã Bình Yên
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05590,Xã Điềm Mặc,false,19,05602,Xã Phú Đình
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05593,Xã Phú Tiến,false,19,05581,Xã Trung Hội
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05596,Xã Bộc Nhiêu,false,19,05581,Xã Trung Hội
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05599,Xã Sơn Phú,false,19,05605,Xã Bình Thành
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05602,Xã Phú Đình,false,19,05602,Xã Phú Đình
19,Tỉnh Thái Nguyên,167,Huyện Định Hóa,05605,Xã Bình Thành,false,19,05605,Xã Bình Thành
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05611,Thị trấn Đu,false,19,05611,Xã Phú Lương
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05614,Xã Yên Ninh,false,19,05620,Xã Yên Trạch
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05617,Xã Yên Trạch,false,19,05620,Xã Yên Trạch
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05620,Xã Yên Đổ,false,19,05620,Xã Yên Trạch
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05623,Xã Yên Lạc,false,19,05611,Xã Phú Lương
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05626,Xã Ôn Lương,false,19,05632,Xã Hợp Thành
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05629,Xã Động Đạt,false,19,05611,Xã Phú Lương
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05632,Xã Phủ Lý,false,19,05632,Xã Hợp Thành
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05635,Xã Phú Đô,false,19,05641,Xã Vô Tranh
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05638,Xã Hợp Thành,false,19,05632,Xã Hợp Thành
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05641,Xã Tức Tranh,false,19,05641,Xã Vô Tranh
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05644,Thị trấn Giang Tiên,false,19,05611,Xã Phú Lương
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05647,Xã Vô Tranh,false,19,05641,Xã Vô Tranh
19,Tỉnh Thái Nguyên,168,Huyện Phú Lương,05650,Xã Cổ Lũng,false,19,05641,Xã Vô Tranh
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05656,Thị trấn Sông Cầu,false,19,05692,Xã Đồng Hỷ
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05662,Thị trấn Trại Cau,false,19,05662,Xã Trại Cau
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05665,Xã Văn Lăng,false,19,05665,Xã Văn Lăng
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05668,Xã Tân Long,false,19,05674,Xã Quang Sơn
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05671,Xã Hòa Bình,false,19,05665,Xã Văn Lăng
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05674,Xã Quang Sơn,false,19,05674,Xã Quang Sơn
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05677,Xã Minh Lập,false,19,05692,Xã Đồng Hỷ
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05680,Xã Văn Hán,false,19,05680,Xã Văn Hán
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05683,Xã Hóa Trung,false,19,05692,Xã Đồng Hỷ
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05686,Xã Khe Mo,false,19,05680,Xã Văn Hán
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05689,Xã Cây Thị,false,19,05707,Xã Nam Hòa
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05692,Thị trấn Hóa Thượng,false,19,05692,Xã Đồng Hỷ
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05698,Xã Hợp Tiến,false,19,05662,Xã Trại Cau
19,Tỉnh Thái Nguyên,169,Huyện Đồng Hỷ,05707,Xã Nam Hòa,false,19,05707,Xã Nam Hòa
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05716,Thị trấn Đình Cả,false,19,05716,Xã Võ Nhai
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05719,Xã Sảng Mộc,false,19,05719,Xã Sảng Mộc
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05722,Xã Nghinh Tường,false,19,05722,Xã Nghinh Tường
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05725,Xã Thần Xa,false,19,05725,Xã Thần Sa
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05728,Xã Vũ Chấn,false,19,05722,Xã Nghinh Tường
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05731,Xã Thượng Nung,false,19,05725,Xã Thần Sa
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05734,Xã Phú Thượng,false,19,05716,Xã Võ Nhai
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05737,Xã Cúc Đường,false,19,05740,Xã La Hiên
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05740,Xã La Hiên,false,19,05740,Xã La Hiên
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05743,Xã Lâu Thượng,false,19,05716,Xã Võ Nhai
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05746,Xã Tràng Xá,false,19,05746,Xã Tràng Xá
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05749,Xã Phương Giao,false,19,05755,Xã Dân Tiến
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05752,Xã Liên Minh,false,19,05746,Xã Tràng Xá
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05755,Xã Dân Tiến,false,19,05755,Xã Dân Tiến
19,Tỉnh Thái Nguyên,170,Huyện Võ Nhai,05758,Xã Bình Long,false,19,05755,Xã Dân Tiến
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05761,Thị trấn Hùng Sơn,false,19,05488,Xã Đại Phúc
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05767,Xã Phúc Lương,false,19,05776,Xã Đức Lương
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05770,Xã Minh Tiến,false,19,05776,Xã Đức Lương
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05773,Xã Yên Lãng,false,19,05773,Xã Phú Xuyên
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05776,Xã Đức Lương,false,19,05776,Xã Đức Lương
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05779,Xã Phú Cường,false,19,05800,Xã Phú Thịnh
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05785,Xã Phú Lạc,false,19,05788,Xã Phú Lạc
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05788,Xã Tân Linh,false,19,05788,Xã Phú Lạc
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05791,Xã Phú Thịnh,false,19,05800,Xã Phú Thịnh
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05794,Xã Phục Linh,false,19,05788,Xã Phú Lạc
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05797,Xã Phú Xuyên,false,19,05773,Xã Phú Xuyên
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05800,Xã Bản Ngoại,false,19,05800,Xã Phú Thịnh
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05803,Xã Tiên Hội,false,19,05818,Xã La Bằng
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05809,Xã Cù Vân,false,19,05809,Xã An Khánh
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05812,Xã Hà Thượng,false,19,05809,Xã An Khánh
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05815,Xã La Bằng,false,19,05818,Xã La Bằng
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05818,Xã Hoàng Nông,false,19,05818,Xã La Bằng
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05821,Xã Khôi Kỳ,false,19,05830,Xã Đại Từ
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05824,Xã An Khánh,false,19,05809,Xã An Khánh
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05827,Xã Tân Thái,false,19,05488,Xã Đại Phúc
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05830,Xã Bình Thuận,false,19,05830,Xã Đại Từ
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05833,Xã Lục Ba,false,19,05830,Xã Đại Từ
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05836,Xã Mỹ Yên,false,19,05830,Xã Đại Từ
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05842,Xã Văn Yên,false,19,05845,Xã Vạn Phú
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05845,Xã Vạn Phú,false,19,05845,Xã Vạn Phú
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05848,Xã Cát Nê,false,19,05851,Xã Quân Chu
19,Tỉnh Thái Nguyên,171,Huyện Đại Từ,05851,Thị trấn Quân Chu,false,19,05851,Xã Quân Chu
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05854,Phường Bãi Bông,false,19,05860,Phường Phổ Yên
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05857,Phường Bắc Sơn,false,19,05857,Phường Phúc Thuận
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05860,Phường Ba Hàng,false,19,05860,Phường Phổ Yên
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05863,Xã Phúc Tân,false,19,05488,Xã Đại Phúc
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05866,Xã Phúc Thuận,false,19,05857,Phường Phúc Thuận
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05869,Phường Hồng Tiến,false,19,05860,Phường Phổ Yên
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05872,Xã Minh Đức,false,19,05857,Phường Phúc Thuận
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05875,Phường Đắc Sơn,false,19,05860,Phường Phổ Yên
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05878,Phường Đồng Tiến,false,19,05890,Phường Vạn Xuân
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05881,Xã Thành Công,false,19,05881,Xã Thành Công
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05884,Phường Tiên Phong,false,19,05890,Phường Vạn Xuân
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05887,Xã Vạn Phái,false,19,05881,Xã Thành Công
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05890,Phường Nam Tiến,false,19,05890,Phường Vạn Xuân
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05893,Phường Tân Hương,false,19,05890,Phường Vạn Xuân
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05896,Phường Đông Cao,false,19,05899,Phường Trung Thành
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05899,Phường Trung Thành,false,19,05899,Phường Trung Thành
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05902,Phường Tân Phú,false,19,05899,Phường Trung Thành
19,Tỉnh Thái Nguyên,172,Thành phố Phổ Yên,05905,Phường Thuận Thành,false,19,05899,Phường Trung Thành
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05908,Thị trấn Hương Sơn,false,19,05908,Xã Phú Bình
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05911,Xã Bàn Đạt,false,19,05917,Xã Tân Khánh
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05917,Xã Tân Khánh,false,19,05917,Xã Tân Khánh
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05920,Xã Tân Kim,false,19,05923,Xã Tân Thành
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05923,Xã Tân Thành,false,19,05923,Xã Tân Thành
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05926,Xã Đào Xá,false,19,05917,Xã Tân Khánh
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05929,Xã Bảo Lý,false,19,05908,Xã Phú Bình
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05932,Xã Thượng Đình,true,19,05941,Xã Điềm Thụy
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05932,Xã Thượng Đình,true,19,05908,Xã Phú Bình
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05935,Xã Tân Hòa,false,19,05923,Xã Tân Thành
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05938,Xã Nhã Lộng,false,19,05908,Xã Phú Bình
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05941,Xã Điềm Thụy,false,19,05941,Xã Điềm Thụy
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05944,Xã Xuân Phương,false,19,05908,Xã Phú Bình
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05947,Xã Tân Đức,false,19,05953,Xã Kha Sơn
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05950,Xã Úc Kỳ,false,19,05908,Xã Phú Bình
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05953,Xã Lương Phú,false,19,05953,Xã Kha Sơn
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05956,Xã Nga My,false,19,05941,Xã Điềm Thụy
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05959,Xã Kha Sơn,false,19,05953,Xã Kha Sơn
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05962,Xã Thanh Ninh,false,19,05953,Xã Kha Sơn
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05965,Xã Dương Thành,false,19,05953,Xã Kha Sơn
19,Tỉnh Thái Nguyên,173,Huyện Phú Bình,05968,Xã Hà Châu,false,19,05941,Xã Điềm Thụy
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05971,Phường Hoàng Văn Thụ,false,20,06187,Phường Kỳ Lừa
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05974,Phường Tam Thanh,false,20,05986,Phường Tam Thanh
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05977,Phường Vĩnh Trại,false,20,05977,Phường Đông Kinh
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05980,Phường Đông Kinh,false,20,05977,Phường Đông Kinh
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05983,Phường Chi Lăng,false,20,05983,Phường Lương Văn Tri
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05986,Xã Hoàng Đồng,false,20,05986,Phường Tam Thanh
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05989,Xã Quảng Lạc,false,20,05983,Phường Lương Văn Tri
20,Tỉnh Lạng Sơn,178,Thành phố Lạng Sơn,05992,Xã Mai Pha,false,20,05977,Phường Đông Kinh
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,05998,Xã Khánh Long,false,20,06001,Xã Đoàn Kết
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06001,Xã Đoàn Kết,false,20,06001,Xã Đoàn Kết
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06004,Xã Quốc Khánh,false,20,06004,Xã Quốc Khánh
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06010,Xã Cao Minh,false,20,06001,Xã Đoàn Kết
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06013,Xã Chí Minh,false,20,06040,Xã Thất Khê
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06016,Xã Tri Phương,false,20,06004,Xã Quốc Khánh
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06019,Xã Tân Tiến,false,20,06019,Xã Tân Tiến
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06022,Xã Tân Yên,false,20,06019,Xã Tân Tiến
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06025,Xã Đội Cấn,false,20,06004,Xã Quốc Khánh
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06028,Xã Tân Minh,false,20,06037,Xã Kháng Chiến
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06031,Xã Kim Đồng,false,20,06019,Xã Tân Tiến
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06034,Xã Chi Lăng,false,20,06040,Xã Thất Khê
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06037,Xã Trung Thành,false,20,06037,Xã Kháng Chiến
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06040,Thị trấn Thất Khê,false,20,06040,Xã Thất Khê
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06043,Xã Đào Viên,false,20,06058,Xã Quốc Việt
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06046,Xã Đề Thám,false,20,06046,Xã Tràng Định
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06049,Xã Kháng Chiến,false,20,06037,Xã Kháng Chiến
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06055,Xã Hùng Sơn,false,20,06046,Xã Tràng Định
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06058,Xã Quốc Việt,false,20,06058,Xã Quốc Việt
20,Tỉnh Lạng Sơn,180,Huyện Tràng Định,06061,Xã Hùng Việt,false,20,06046,Xã Tràng Định
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06067,Xã Hưng Đạo,false,20,06073,Xã Hoa Thám
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06070,Xã Vĩnh Yên,false,20,06076,Xã Quý Hòa
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06073,Xã Hoa Thám,false,20,06073,Xã Hoa Thám
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06076,Xã Quý Hòa,false,20,06076,Xã Quý Hòa
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06079,Xã Hồng Phong,true,20,06079,Xã Hồng Phong
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06079,Xã Hồng Phong,true,20,06184,Xã Đồng Đăng
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06082,Xã Yên Lỗ,false,20,06085,Xã Thiện Hòa
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06085,Xã Thiện Hòa,false,20,06085,Xã Thiện Hòa
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06088,Xã Quang Trung,false,20,06091,Xã Thiện Thuật
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06091,Xã Thiện Thuật,false,20,06091,Xã Thiện Thuật
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06094,Xã Minh Khai,false,20,06079,Xã Hồng Phong
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06097,Xã Thiện Long,false,20,06103,Xã Thiện Long
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06100,Xã Hoàng Văn Thụ,false,20,06112,Xã Bình Gia
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06103,Xã Hòa Bình,false,20,06103,Xã Thiện Long
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06106,Xã Mông Ân,false,20,06112,Xã Bình Gia
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06109,Xã Tân Hòa,false,20,06103,Xã Thiện Long
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06112,Thị trấn Bình Gia,false,20,06112,Xã Bình Gia
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06115,Xã Hồng Thái,false,20,06115,Xã Tân Văn
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06118,Xã Bình La,false,20,06115,Xã Tân Văn
20,Tỉnh Lạng Sơn,181,Huyện Bình Gia,06121,Xã Tân Văn,false,20,06115,Xã Tân Văn
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06124,Thị trấn Na Sầm,false,20,06124,Xã Na Sầm
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06127,Xã Trùng Khánh,false,20,06148,Xã Thụy Hùng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06133,Xã Bắc La,false,20,06154,Xã Văn Lãng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06136,Xã Thụy Hùng,false,20,06148,Xã Thụy Hùng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06139,Xã Bắc Hùng,false,20,06124,Xã Na Sầm
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06142,Xã Tân Tác,false,20,06154,Xã Văn Lãng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06148,Xã Thanh Long,false,20,06148,Xã Thụy Hùng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06151,Xã Hội Hoan,false,20,06151,Xã Hội Hoan
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06154,Xã Bắc Việt,false,20,06154,Xã Văn Lãng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06157,Xã Hoàng Việt,false,20,06124,Xã Na Sầm
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06160,Xã Gia Miễn,false,20,06151,Xã Hội Hoan
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06163,Xã Thành Hòa,false,20,06154,Xã Văn Lãng
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06166,Xã Tân Thanh,false,20,06172,Xã Hoàng Văn Thụ
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06172,Xã Tân Mỹ,false,20,06172,Xã Hoàng Văn Thụ
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06175,Xã Hồng Thái,false,20,06172,Xã Hoàng Văn Thụ
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06178,Xã Hoàng Văn Thụ,false,20,06172,Xã Hoàng Văn Thụ
20,Tỉnh Lạng Sơn,182,Huyện Văn Lãng,06181,Xã Nhạc Kỳ,false,20,06172,Xã Hoàng Văn Thụ
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06184,Thị trấn Đồng Đăng,false,20,06184,Xã Đồng Đăng
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06187,Thị trấn Cao Lộc,false,20,06187,Phường Kỳ Lừa
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06190,Xã Bảo Lâm,false,20,06184,Xã Đồng Đăng
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06193,Xã Thanh Lòa,false,20,06211,Xã Cao Lộc
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06196,Xã Cao Lâu,false,20,06196,Xã Ba Sơn
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06199,Xã Thạch Đạn,false,20,06211,Xã Cao Lộc
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06202,Xã Xuất Lễ,false,20,06196,Xã Ba Sơn
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06205,Xã Hồng Phong,false,20,06184,Xã Đồng Đăng
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06208,Xã Thụy Hùng,false,20,06184,Xã Đồng Đăng
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06211,Xã Lộc Yên,false,20,06211,Xã Cao Lộc
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06214,Xã Phú Xá,false,20,06184,Xã Đồng Đăng
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06217,Xã Bình Trung,false,20,06286,Xã Khánh Khê
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06220,Xã Hải Yến,false,20,06220,Xã Công Sơn
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06223,Xã Hòa Cư,false,20,06220,Xã Công Sơn
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06226,Xã Hợp Thành,false,20,06187,Phường Kỳ Lừa
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06232,Xã Công Sơn,false,20,06220,Xã Công Sơn
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06235,Xã Gia Cát,false,20,06187,Phường Kỳ Lừa
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06238,Xã Mẫu Sơn,false,20,06196,Xã Ba Sơn
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06241,Xã Xuân Long,false,20,06286,Xã Khánh Khê
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06244,Xã Tân Liên,false,20,06187,Phường Kỳ Lừa
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06247,Xã Yên Trạch,false,20,05977,Phường Đông Kinh
20,Tỉnh Lạng Sơn,183,Huyện Cao Lộc,06250,Xã Tân Thành,false,20,06316,Xã Tân Đoàn
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06253,Thị trấn Văn Quan,false,20,06253,Xã Văn Quan
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06256,Xã Trấn Ninh,false,20,06280,Xã Điềm He
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06268,Xã Liên Hội,false,20,06280,Xã Điềm He
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06274,Xã Hòa Bình,false,20,06253,Xã Văn Quan
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06277,Xã Tú Xuyên,false,20,06253,Xã Văn Quan
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06280,Xã Điềm He,false,20,06280,Xã Điềm He
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06283,Xã An Sơn,false,20,06298,Xã Yên Phúc
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06286,Xã Khánh Khê,false,20,06286,Xã Khánh Khê
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06292,Xã Lương Năng,false,20,06313,Xã Tri Lễ
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06298,Xã Bình Phúc,false,20,06298,Xã Yên Phúc
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06307,Xã Tân Đoàn,false,20,06316,Xã Tân Đoàn
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06313,Xã Tri Lễ,false,20,06313,Xã Tri Lễ
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06316,Xã Tràng Phái,false,20,06316,Xã Tân Đoàn
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06319,Xã Yên Phúc,false,20,06298,Xã Yên Phúc
20,Tỉnh Lạng Sơn,184,Huyện Văn Quan,06322,Xã Hữu Lễ,false,20,06313,Xã Tri Lễ
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06325,Thị trấn Bắc Sơn,false,20,06325,Xã Bắc Sơn
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06328,Xã Long Đống,false,20,06325,Xã Bắc Sơn
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06331,Xã Vạn Thủy,false,20,06337,Xã Tân Tri
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06337,Xã Đồng ý,false,20,06337,Xã Tân Tri
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06340,Xã Tân Tri,false,20,06337,Xã Tân Tri
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06343,Xã Bắc Quỳnh,false,20,06325,Xã Bắc Sơn
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06349,Xã Hưng Vũ,false,20,06349,Xã Hưng Vũ
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06352,Xã Tân Lập,false,20,06367,Xã Vũ Lăng
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06355,Xã Vũ Sơn,false,20,06364,Xã Vũ Lễ
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06358,Xã Chiêu Vũ,false,20,06367,Xã Vũ Lăng
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06361,Xã Tân Hương,false,20,06367,Xã Vũ Lăng
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06364,Xã Chiến Thắng,false,20,06364,Xã Vũ Lễ
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06367,Xã Vũ Lăng,false,20,06367,Xã Vũ Lăng
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06370,Xã Trấn Yên,false,20,06349,Xã Hưng Vũ
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06373,Xã Vũ Lễ,false,20,06364,Xã Vũ Lễ
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06376,Xã Nhất Hòa,false,20,06376,Xã Nhất Hòa
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06379,Xã Tân Thành,false,20,06376,Xã Nhất Hòa
20,Tỉnh Lạng Sơn,185,Huyện Bắc Sơn,06382,Xã Nhất Tiến,false,20,06376,Xã Nhất Hòa
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06385,Thị trấn Hữu Lũng,false,20,06385,Xã Hữu Lũng
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06388,Xã Hữu Liên,false,20,06400,Xã Hữu Liên
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06391,Xã Yên Bình,false,20,06391,Xã Yên Bình
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06394,Xã Quyết Thắng,false,20,06391,Xã Yên Bình
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06397,Xã Hòa Bình,false,20,06391,Xã Yên Bình
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06400,Xã Yên Thịnh,false,20,06400,Xã Hữu Liên
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06403,Xã Yên Sơn,false,20,06427,Xã Cai Kinh
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06406,Xã Thiện Tân,false,20,06436,Xã Thiện Tân
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06412,Xã Yên Vượng,false,20,06427,Xã Cai Kinh
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06415,Xã Minh Tiến,false,20,06415,Xã Vân Nham
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06418,Xã Nhật Tiến,false,20,06415,Xã Vân Nham
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06421,Xã Thanh Sơn,false,20,06436,Xã Thiện Tân
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06424,Xã Đồng Tân,false,20,06385,Xã Hữu Lũng
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06427,Xã Cai Kinh,false,20,06427,Xã Cai Kinh
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06430,Xã Hòa Lạc,false,20,06445,Xã Tân Thành
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06433,Xã Vân Nham,false,20,06415,Xã Vân Nham
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06436,Xã Đồng Tiến,false,20,06436,Xã Thiện Tân
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06442,Xã Tân Thành,false,20,06445,Xã Tân Thành
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06445,Xã Hòa Sơn,false,20,06445,Xã Tân Thành
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06448,Xã Minh Sơn,false,20,06457,Xã Tuấn Sơn
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06451,Xã Hồ Sơn,false,20,06385,Xã Hữu Lũng
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06457,Xã Minh Hòa,false,20,06457,Xã Tuấn Sơn
20,Tỉnh Lạng Sơn,186,Huyện Hữu Lũng,06460,Xã Hòa Thắng,false,20,06457,Xã Tuấn Sơn
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06463,Thị trấn Đồng Mỏ,false,20,06463,Xã Chi Lăng
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06466,Thị trấn Chi Lăng,false,20,06463,Xã Chi Lăng
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06469,Xã Vân An,false,20,06481,Xã Chiến Thắng
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06472,Xã Vân Thủy,false,20,06481,Xã Chiến Thắng
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06475,Xã Gia Lộc,false,20,06475,Xã Bằng Mạc
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06478,Xã Bắc Thủy,false,20,06496,Xã Nhân Lý
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06481,Xã Chiến Thắng,false,20,06481,Xã Chiến Thắng
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06484,Xã Mai Sao,false,20,06496,Xã Nhân Lý
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06487,Xã Bằng Hữu,false,20,06475,Xã Bằng Mạc
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06490,Xã Thượng Cường,false,20,06475,Xã Bằng Mạc
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06493,Xã Bằng Mạc,false,20,06475,Xã Bằng Mạc
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06496,Xã Nhân Lý,false,20,06496,Xã Nhân Lý
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06499,Xã Lâm Sơn,false,20,06496,Xã Nhân Lý
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06502,Xã Liên Sơn,false,20,06481,Xã Chiến Thắng
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06505,Xã Vạn Linh,false,20,06505,Xã Vạn Linh
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06508,Xã Hòa Bình,false,20,06505,Xã Vạn Linh
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06514,Xã Hữu Kiên,false,20,06517,Xã Quan Sơn
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06517,Xã Quan Sơn,false,20,06517,Xã Quan Sơn
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06520,Xã Y Tịch,false,20,06505,Xã Vạn Linh
20,Tỉnh Lạng Sơn,187,Huyện Chi Lăng,06523,Xã Chi Lăng,false,20,06463,Xã Chi Lăng
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06526,Thị trấn Na Dương,false,20,06526,Xã Na Dương
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06529,Thị trấn Lộc Bình,false,20,06529,Xã Lộc Bình
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06532,Xã Mẫu Sơn,false,20,06541,Xã Mẫu Sơn
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06541,Xã Yên Khoái,false,20,06541,Xã Mẫu Sơn
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06544,Xã Khánh Xuân,false,20,06529,Xã Lộc Bình
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06547,Xã Tú Mịch,false,20,06541,Xã Mẫu Sơn
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06550,Xã Hữu Khánh,false,20,06529,Xã Lộc Bình
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06553,Xã Đồng Bục,false,20,06529,Xã Lộc Bình
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06559,Xã Tam Gia,false,20,06565,Xã Khuất Xá
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06562,Xã Tú Đoạn,false,20,06526,Xã Na Dương
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06565,Xã Khuất Xá,false,20,06565,Xã Khuất Xá
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06577,Xã Thống Nhất,false,20,06577,Xã Thống Nhất
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06589,Xã Sàn Viên,false,20,06601,Xã Lợi Bác
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06592,Xã Đông Quan,false,20,06526,Xã Na Dương
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06595,Xã Minh Hiệp,false,20,06577,Xã Thống Nhất
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06598,Xã Hữu Lân,false,20,06577,Xã Thống Nhất
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06601,Xã Lợi Bác,false,20,06601,Xã Lợi Bác
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06604,Xã Nam Quan,false,20,06607,Xã Xuân Dương
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06607,Xã Xuân Dương,false,20,06607,Xã Xuân Dương
20,Tỉnh Lạng Sơn,188,Huyện Lộc Bình,06610,Xã Ái Quốc,false,20,06607,Xã Xuân Dương
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06613,Thị trấn Đình Lập,false,20,06613,Xã Đình Lập
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06616,Thị trấn Nông trường Thái Bình,false,20,06616,Xã Thái Bình
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06619,Xã Bắc Xa,false,20,06625,Xã Kiên Mộc
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06622,Xã Bính Xá,true,20,06613,Xã Đình Lập
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06622,Xã Bính Xá,true,20,06625,Xã Kiên Mộc
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06625,Xã Kiên Mộc,true,20,06637,Xã Châu Sơn
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06625,Xã Kiên Mộc,true,20,06625,Xã Kiên Mộc
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06628,Xã Đình Lập,false,20,06613,Xã Đình Lập
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06631,Xã Thái Bình,false,20,06616,Xã Thái Bình
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06634,Xã Cường Lợi,false,20,06637,Xã Châu Sơn
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06637,Xã Châu Sơn,false,20,06637,Xã Châu Sơn
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06640,Xã Lâm Ca,false,20,06616,Xã Thái Bình
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06643,Xã Đồng Thắng,false,20,06637,Xã Châu Sơn
20,Tỉnh Lạng Sơn,189,Huyện Đình Lập,06646,Xã Bắc Lãng,false,20,06637,Xã Châu Sơn
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06649,Phường Hà Khánh,false,22,06658,Phường Cao Xanh
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06652,Phường Hà Phong,false,22,06652,Phường Hà Tu
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06655,Phường Hà Khẩu,true,22,06706,Phường Tuần Châu
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06655,Phường Hà Khẩu,true,22,06661,Phường Việt Hưng
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06658,Phường Cao Xanh,false,22,06658,Phường Cao Xanh
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06661,Phường Giếng Đáy,false,22,06661,Phường Việt Hưng
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06664,Phường Hà Tu,false,22,06652,Phường Hà Tu
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06667,Phường Hà Trung,false,22,06676,Phường Hà Lầm
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06670,Phường Hà Lầm,false,22,06676,Phường Hà Lầm
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06673,Phường Bãi Cháy,false,22,06673,Phường Bãi Cháy
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06676,Phường Cao Thắng,false,22,06676,Phường Hà Lầm
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06679,Phường Hùng Thắng,false,22,06673,Phường Bãi Cháy
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06685,Phường Trần Hưng Đạo,false,22,06685,Phường Hồng Gai
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06688,Phường Hồng Hải,false,22,06688,Phường Hạ Long
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06691,Phường Hồng Gai,false,22,06685,Phường Hồng Gai
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06694,Phường Bạch Đằng,false,22,06685,Phường Hồng Gai
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06697,Phường Hồng Hà,false,22,06688,Phường Hạ Long
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06700,Phường Tuần Châu,false,22,06706,Phường Tuần Châu
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06703,Phường Việt Hưng,false,22,06661,Phường Việt Hưng
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,06706,Phường Đại Yên,false,22,06706,Phường Tuần Châu
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07030,Phường Hoành Bồ,false,22,07030,Phường Hoành Bồ
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07033,Xã Kỳ Thượng,false,22,06979,Xã Kỳ Thượng
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07036,Xã Đồng Sơn,false,22,06985,Xã Lương Minh
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07039,Xã Tân Dân,false,22,07054,Xã Quảng La
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07042,Xã Đồng Lâm,true,22,07030,Phường Hoành Bồ
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07042,Xã Đồng Lâm,true,22,07060,Xã Thống Nhất
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07045,Xã Hòa Bình,false,22,07060,Xã Thống Nhất
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07048,Xã Vũ Oai,false,22,07060,Xã Thống Nhất
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07051,Xã Dân Chủ,false,22,07054,Xã Quảng La
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07054,Xã Quảng La,false,22,07054,Xã Quảng La
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07057,Xã Bằng Cả,false,22,07054,Xã Quảng La
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07060,Xã Thống Nhất,false,22,07060,Xã Thống Nhất
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07063,Xã Sơn Dương,false,22,07030,Phường Hoành Bồ
22,Tỉnh Quảng Ninh,193,Thành phố Hạ Long,07066,Xã Lê Lợi,false,22,07030,Phường Hoành Bồ
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06709,Phường Ka Long,false,22,06709,Phường Móng Cái 2
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06712,Phường Trần Phú,false,22,06712,Phường Móng Cái 1
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06715,Phường Ninh Dương,false,22,06709,Phường Móng Cái 2
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06721,Phường Trà Cổ,false,22,06712,Phường Móng Cái 1
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06724,Xã Hải Sơn,false,22,06724,Xã Hải Sơn
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06727,Xã Bắc Sơn,false,22,06724,Xã Hải Sơn
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06730,Xã Hải Đông,false,22,06736,Phường Móng Cái 3
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06733,Xã Hải Tiến,false,22,06733,Xã Hải Ninh
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06736,Phường Hải Yên,false,22,06736,Phường Móng Cái 3
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06739,Xã Quảng Nghĩa,false,22,06733,Xã Hải Ninh
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06742,Phường Hải Hòa,false,22,06712,Phường Móng Cái 1
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06745,Xã Hải Xuân,false,22,06712,Phường Móng Cái 1
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06748,Xã Vạn Ninh,false,22,06709,Phường Móng Cái 2
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06751,Phường Bình Ngọc,false,22,06712,Phường Móng Cái 1
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06754,Xã Vĩnh Trung,false,22,06757,Xã Vĩnh Thực
22,Tỉnh Quảng Ninh,194,Thành phố Móng Cái,06757,Xã Vĩnh Thực,false,22,06757,Xã Vĩnh Thực
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06760,Phường Mông Dương,false,22,06760,Phường Mông Dương
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06763,Phường Cửa Ông,false,22,06781,Phường Cửa Ông
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06766,Phường Cẩm Sơn,false,22,06781,Phường Cửa Ông
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06769,Phường Cẩm Đông,false,22,06793,Phường Cẩm Phả
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06772,Phường Cẩm Phú,false,22,06781,Phường Cửa Ông
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06775,Phường Cẩm Tây,false,22,06793,Phường Cẩm Phả
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06778,Phường Quang Hanh,false,22,06778,Phường Quang Hanh
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06781,Phường Cẩm Thịnh,false,22,06781,Phường Cửa Ông
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06784,Phường Cẩm Thủy,false,22,06778,Phường Quang Hanh
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06787,Phường Cẩm Thạch,false,22,06778,Phường Quang Hanh
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06790,Phường Cẩm Thành,false,22,06793,Phường Cẩm Phả
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06793,Phường Cẩm Trung,false,22,06793,Phường Cẩm Phả
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06796,Phường Cẩm Bình,false,22,06793,Phường Cẩm Phả
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06799,Xã Hải Hòa,true,22,06799,Xã Hải Hòa
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06799,Xã Hải Hòa,true,22,06886,Xã Hải Lạng
22,Tỉnh Quảng Ninh,195,Thành phố Cẩm Phả,06805,Xã Dương Huy,false,22,06760,Phường Mông Dương
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06808,Phường Vàng Danh,false,22,06820,Phường Vàng Danh
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06811,Phường Thanh Sơn,false,22,06811,Phường Uông Bí
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06814,Phường Bắc Sơn,false,22,06820,Phường Vàng Danh
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06817,Phường Quang Trung,false,22,06811,Phường Uông Bí
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06820,Phường Trưng Vương,true,22,06811,Phường Uông Bí
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06820,Phường Trưng Vương,true,22,06820,Phường Vàng Danh
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06823,Phường Nam Khê,false,22,06820,Phường Vàng Danh
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06826,Phường Yên Thanh,false,22,06811,Phường Uông Bí
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06829,Xã Thượng Yên Công,false,22,06832,Phường Yên Tử
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06832,Phường Phương Đông,false,22,06832,Phường Yên Tử
22,Tỉnh Quảng Ninh,196,Thành phố Uông Bí,06835,Phường Phương Nam,false,22,06832,Phường Yên Tử
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06838,Thị trấn Bình Liêu,false,22,06838,Xã Bình Liêu
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06841,Xã Hoành Mô,false,22,06841,Xã Hoành Mô
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06844,Xã Đồng Tâm,false,22,06856,Xã Lục Hồn
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06847,Xã Đồng Văn,false,22,06841,Xã Hoành Mô
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06853,Xã Vô Ngại,true,22,06838,Xã Bình Liêu
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06853,Xã Vô Ngại,true,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06856,Xã Lục Hồn,false,22,06856,Xã Lục Hồn
22,Tỉnh Quảng Ninh,198,Huyện Bình Liêu,06859,Xã Húc Động,false,22,06838,Xã Bình Liêu
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06862,Thị trấn Tiên Yên,false,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06865,Xã Hà Lâu,false,22,06874,Xã Điền Xá
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06868,Xã Đại Dực,true,22,06877,Xã Đông Ngũ
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06868,Xã Đại Dực,true,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06871,Xã Phong Dụ,false,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06874,Xã Điền Xá,false,22,06874,Xã Điền Xá
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06877,Xã Đông Ngũ,true,22,06877,Xã Đông Ngũ
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06877,Xã Đông Ngũ,true,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06880,Xã Yên Than,true,22,06874,Xã Điền Xá
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06880,Xã Yên Than,true,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06883,Xã Đông Hải,false,22,06877,Xã Đông Ngũ
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06886,Xã Hải Lạng,true,22,06978,Xã Ba Chẽ
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06886,Xã Hải Lạng,true,22,06799,Xã Hải Hòa
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06886,Xã Hải Lạng,true,22,06886,Xã Hải Lạng
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06889,Xã Tiên Lãng,false,22,06862,Xã Tiên Yên
22,Tỉnh Quảng Ninh,199,Huyện Tiên Yên,06892,Xã Đồng Rui,false,22,06886,Xã Hải Lạng
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06895,Thị trấn Đầm Hà,false,22,06895,Xã Đầm Hà
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06898,Xã Quảng Lâm,false,22,06913,Xã Quảng Tân
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06901,Xã Quảng An,false,22,06913,Xã Quảng Tân
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06904,Xã Tân Bình,false,22,06895,Xã Đầm Hà
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06910,Xã Dực Yên,false,22,06913,Xã Quảng Tân
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06913,Xã Quảng Tân,false,22,06913,Xã Quảng Tân
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06916,Xã Đầm Hà,false,22,06895,Xã Đầm Hà
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06917,Xã Tân Lập,false,22,06895,Xã Đầm Hà
22,Tỉnh Quảng Ninh,200,Huyện Đầm Hà,06919,Xã Đại Bình,false,22,06895,Xã Đầm Hà
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06922,Thị trấn Quảng Hà,false,22,06922,Xã Quảng Hà
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06925,Xã Quảng Đức,false,22,06931,Xã Quảng Đức
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06928,Xã Quảng Sơn,false,22,06946,Xã Đường Hoa
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06931,Xã Quảng Thành,false,22,06931,Xã Quảng Đức
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06937,Xã Quảng Thịnh,false,22,06931,Xã Quảng Đức
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06940,Xã Quảng Minh,false,22,06922,Xã Quảng Hà
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06943,Xã Quảng Chính,false,22,06922,Xã Quảng Hà
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06946,Xã Quảng Long,true,22,06946,Xã Đường Hoa
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06946,Xã Quảng Long,true,22,06922,Xã Quảng Hà
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06949,Xã Đường Hoa,false,22,06946,Xã Đường Hoa
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06952,Xã Quảng Phong,false,22,06922,Xã Quảng Hà
22,Tỉnh Quảng Ninh,201,Huyện Hải Hà,06967,Xã Cái Chiên,false,22,06967,Xã Cái Chiên
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06970,Thị trấn Ba Chẽ,false,22,06978,Xã Ba Chẽ
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06973,Xã Thanh Sơn,false,22,06978,Xã Ba Chẽ
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06976,Xã Thanh Lâm,false,22,06979,Xã Kỳ Thượng
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06979,Xã Đạp Thanh,false,22,06979,Xã Kỳ Thượng
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06982,Xã Nam Sơn,false,22,06978,Xã Ba Chẽ
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06985,Xã Lương Minh,false,22,06985,Xã Lương Minh
22,Tỉnh Quảng Ninh,202,Huyện Ba Chẽ,06988,Xã Đồn Đạc,false,22,06978,Xã Ba Chẽ
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,06994,Thị trấn Cái Rồng,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,06997,Xã Đài Xuyên,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07000,Xã Bình Dân,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07003,Xã Vạn Yên,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07006,Xã Minh Châu,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07009,Xã Đoàn Kết,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07012,Xã Hạ Long,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07015,Xã Đông Xá,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07018,Xã Bản Sen,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07021,Xã Thắng Lợi,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07024,Xã Quan Lạn,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,203,Huyện Vân Đồn,07027,Xã Ngọc Vừng,false,22,06994,Đặc khu Vân Đồn
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07069,Phường Mạo Khê,false,22,07069,Phường Mạo Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07075,Xã An Sinh,false,22,07090,Phường An Sinh
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07078,Xã Tràng Lương,false,22,07081,Phường Bình Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07081,Phường Bình Khê,false,22,07081,Phường Bình Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07084,Xã Việt Dân,false,22,07090,Phường An Sinh
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07090,Phường Bình Dương,false,22,07090,Phường An Sinh
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07093,Phường Đức Chính,true,22,07090,Phường An Sinh
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07093,Phường Đức Chính,true,22,07093,Phường Đông Triều
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07096,Phường Tràng An,false,22,07081,Phường Bình Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07099,Xã Nguyễn Huệ,false,22,07093,Phường Đông Triều
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07102,Phường Thủy An,false,22,07093,Phường Đông Triều
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07105,Phường Xuân Sơn,false,22,07069,Phường Mạo Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07108,Xã Hồng Thái Tây,false,22,07114,Phường Hoàng Quế
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07111,Xã Hồng Thái Đông,false,22,07114,Phường Hoàng Quế
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07114,Phường Hoàng Quế,false,22,07114,Phường Hoàng Quế
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07117,Phường Yên Thọ,false,22,07069,Phường Mạo Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07120,Phường Hồng Phong,false,22,07093,Phường Đông Triều
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07123,Phường Kim Sơn,false,22,07069,Phường Mạo Khê
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07126,Phường Hưng Đạo,false,22,07093,Phường Đông Triều
22,Tỉnh Quảng Ninh,205,Thành phố Đông Triều,07129,Phường Yên Đức,false,22,07114,Phường Hoàng Quế
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07132,Phường Quảng Yên,false,22,07132,Phường Quảng Yên
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07135,Phường Đông Mai,false,22,07135,Phường Đông Mai
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07138,Phường Minh Thành,false,22,07135,Phường Đông Mai
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07144,Xã Sông Khoai,false,22,07147,Phường Hiệp Hòa
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07147,Xã Hiệp Hòa,false,22,07147,Phường Hiệp Hòa
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07150,Phường Cộng Hòa,false,22,07147,Phường Hiệp Hòa
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07153,Xã Tiền An,false,22,07132,Phường Quảng Yên
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07156,Xã Hoàng Tân,false,22,07168,Phường Hà An
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07159,Phường Tân An,false,22,07168,Phường Hà An
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07162,Phường Yên Giang,false,22,07132,Phường Quảng Yên
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07165,Phường Nam Hòa,false,22,07183,Phường Phong Cốc
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07168,Phường Hà An,false,22,07168,Phường Hà An
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07171,Xã Cẩm La,false,22,07183,Phường Phong Cốc
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07174,Phường Phong Hải,false,22,07180,Phường Liên Hòa
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07177,Phường Yên Hải,false,22,07183,Phường Phong Cốc
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07180,Xã Liên Hòa,true,22,07168,Phường Hà An
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07180,Xã Liên Hòa,true,22,07180,Phường Liên Hòa
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07183,Phường Phong Cốc,false,22,07183,Phường Phong Cốc
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07186,Xã Liên Vị,false,22,07180,Phường Liên Hòa
22,Tỉnh Quảng Ninh,206,Thị xã Quảng Yên,07189,Xã Tiền Phong,false,22,07180,Phường Liên Hòa
22,Tỉnh Quảng Ninh,207,Huyện Cô Tô,07192,Thị trấn Cô Tô,false,22,07192,Đặc khu Cô Tô
22,Tỉnh Quảng Ninh,207,Huyện Cô Tô,07195,Xã Đồng Tiến,false,22,07192,Đặc khu Cô Tô
22,Tỉnh Quảng Ninh,207,Huyện Cô Tô,07198,Xã Thanh Lân,false,22,07192,Đặc khu Cô Tô
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07201,Phường Thọ Xương,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07207,Phường Ngô Quyền,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07210,Phường Hoàng Văn Thụ,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07213,Phường Trần Phú,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07216,Phường Mỹ Độ,false,24,07228,Phường Đa Mai
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07222,Phường Song Mai,false,24,07228,Phường Đa Mai
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07225,Phường Xương Giang,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07228,Phường Đa Mai,false,24,07228,Phường Đa Mai
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07231,Phường Dĩnh Kế,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07441,Phường Dĩnh Trì,false,24,07210,Phường Bắc Giang
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07681,Phường Nham Biền,false,24,07681,Phường Yên Dũng
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07682,Phường Tân An,false,24,07682,Phường Tân An
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07687,Phường Tân Mỹ,false,24,07228,Phường Đa Mai
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07690,Phường Hương Gián,false,24,07699,Phường Tân Tiến
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07696,Phường Đồng Sơn,false,24,07696,Phường Tiền Phong
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07699,Phường Tân Tiến,false,24,07699,Phường Tân Tiến
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07702,Xã Quỳnh Sơn,false,24,07682,Phường Tân An
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07705,Phường Song Khê,false,24,07696,Phường Tiền Phong
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07708,Phường Nội Hoàng,false,24,07696,Phường Tiền Phong
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07711,Phường Tiền Phong,false,24,07696,Phường Tiền Phong
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07714,Xã Xuân Phú,false,24,07699,Phường Tân Tiến
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07717,Phường Tân Liễu,false,24,07681,Phường Yên Dũng
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07720,Xã Trí Yên,false,24,07682,Phường Tân An
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07723,Xã Lãng Sơn,false,24,07682,Phường Tân An
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07726,Xã Yên Lư,false,24,07681,Phường Yên Dũng
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07729,Xã Tiến Dũng,false,24,07738,Phường Cảnh Thụy
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07735,Xã Đức Giang,false,24,07735,Xã Đồng Việt
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07738,Phường Cảnh Thụy,false,24,07738,Phường Cảnh Thụy
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07741,Xã Tư Mại,false,24,07738,Phường Cảnh Thụy
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07747,Xã Đồng Việt,false,24,07735,Xã Đồng Việt
24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07750,Xã Đồng Phúc,false,24,07735,Xã Đồng Việt
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07243,Xã Đồng Tiến,false,24,07246,Xã Xuân Lương
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07246,Xã Canh Nậu,false,24,07246,Xã Xuân Lương
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07249,Xã Xuân Lương,false,24,07246,Xã Xuân Lương
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07252,Xã Tam Tiến,false,24,07264,Xã Tam Tiến
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07255,Xã Đồng Vương,false,24,07282,Xã Đồng Kỳ
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07258,Xã Đồng Hưu,false,24,07282,Xã Đồng Kỳ
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07260,Xã Đồng Tâm,false,24,07288,Xã Yên Thế
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07261,Xã Tân Hiệp,false,24,07288,Xã Yên Thế
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07264,Xã Tiến Thắng,false,24,07264,Xã Tam Tiến
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07270,Xã Đồng Lạc,false,24,07288,Xã Yên Thế
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07273,Xã Đông Sơn,false,24,07294,Xã Bố Hạ
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07279,Xã Hương Vĩ,false,24,07294,Xã Bố Hạ
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07282,Xã Đồng Kỳ,false,24,07282,Xã Đồng Kỳ
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07285,Xã An Thượng,false,24,07264,Xã Tam Tiến
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07288,Thị trấn Phồn Xương,false,24,07288,Xã Yên Thế
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07291,Xã Tân Sỏi,false,24,07288,Xã Yên Thế
24,Tỉnh Bắc Giang,215,Huyện Yên Thế,07294,Thị trấn Bố Hạ,false,24,07294,Xã Bố Hạ
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07306,Thị trấn Nhã Nam,false,24,07306,Xã Nhã Nam
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07309,Xã Tân Trung,false,24,07306,Xã Nhã Nam
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07315,Xã Quang Trung,false,24,07333,Xã Quang Trung
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07321,Xã An Dương,false,24,07306,Xã Nhã Nam
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07324,Xã Phúc Hòa,false,24,07330,Xã Phúc Hòa
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07327,Xã Liên Sơn,false,24,07306,Xã Nhã Nam
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07330,Xã Hợp Đức,false,24,07330,Xã Phúc Hòa
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07333,Xã Lam Sơn,false,24,07333,Xã Quang Trung
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07336,Xã Cao Xá,false,24,07339,Xã Tân Yên
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07339,Thị trấn Cao Thượng,false,24,07339,Xã Tân Yên
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07342,Xã Việt Ngọc,false,24,07351,Xã Ngọc Thiện
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07345,Xã Song Vân,false,24,07351,Xã Ngọc Thiện
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07348,Xã Ngọc Châu,false,24,07351,Xã Ngọc Thiện
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07351,Xã Ngọc Vân,false,24,07351,Xã Ngọc Thiện
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07354,Xã Việt Lập,false,24,07339,Xã Tân Yên
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07357,Xã Liên Chung,false,24,07330,Xã Phúc Hòa
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07360,Xã Ngọc Thiện,false,24,07351,Xã Ngọc Thiện
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07363,Xã Ngọc Lý,false,24,07339,Xã Tân Yên
24,Tỉnh Bắc Giang,216,Huyện Tân Yên,07366,Xã Quế Nham,false,24,07228,Phường Đa Mai
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07375,Thị trấn Vôi,false,24,07375,Xã Lạng Giang
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07378,Xã Nghĩa Hòa,false,24,07381,Xã Tiên Lục
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07381,Xã Nghĩa Hưng,false,24,07381,Xã Tiên Lục
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07384,Xã Quang Thịnh,false,24,07399,Xã Kép
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07387,Xã Hương Sơn,false,24,07399,Xã Kép
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07390,Xã Đào Mỹ,false,24,07381,Xã Tiên Lục
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07393,Xã Tiên Lục,false,24,07381,Xã Tiên Lục
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07396,Xã An Hà,false,24,07381,Xã Tiên Lục
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07399,Thị trấn Kép,false,24,07399,Xã Kép
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07405,Xã Hương Lạc,false,24,07375,Xã Lạng Giang
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07408,Xã Dương Đức,false,24,07420,Xã Mỹ Thái
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07411,Xã Tân Thanh,false,24,07420,Xã Mỹ Thái
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07417,Xã Tân Hưng,false,24,07375,Xã Lạng Giang
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07420,Xã Mỹ Thái,false,24,07420,Xã Mỹ Thái
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07426,Xã Xương Lâm,false,24,07375,Xã Lạng Giang
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07429,Xã Xuân Hương,false,24,07420,Xã Mỹ Thái
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07432,Xã Tân Dĩnh,false,24,07432,Xã Tân Dĩnh
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07435,Xã Đại Lâm,false,24,07432,Xã Tân Dĩnh
24,Tỉnh Bắc Giang,217,Huyện Lạng Giang,07438,Xã Thái Đào,false,24,07432,Xã Tân Dĩnh
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07444,Thị trấn Đồi Ngô,false,24,07444,Xã Lục Nam
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07450,Xã Đông Hưng,false,24,07450,Xã Đông Phú
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07453,Xã Đông Phú,false,24,07450,Xã Đông Phú
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07456,Xã Tam Dị,false,24,07462,Xã Bảo Đài
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07459,Xã Bảo Sơn,false,24,07462,Xã Bảo Đài
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07462,Xã Bảo Đài,false,24,07462,Xã Bảo Đài
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07465,Xã Thanh Lâm,false,24,07462,Xã Bảo Đài
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07468,Xã Tiên Nha,false,24,07444,Xã Lục Nam
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07471,Xã Trường Giang,false,24,07486,Xã Nghĩa Phương
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07477,Thị trấn Phương Sơn,false,24,07444,Xã Lục Nam
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07480,Xã Chu Điện,false,24,07444,Xã Lục Nam
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07483,Xã Cương Sơn,false,24,07444,Xã Lục Nam
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07486,Xã Nghĩa Phương,false,24,07486,Xã Nghĩa Phương
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07489,Xã Vô Tranh,false,24,07489,Xã Trường Sơn
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07492,Xã Bình Sơn,false,24,07492,Xã Lục Sơn
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07495,Xã Lan Mẫu,false,24,07498,Xã Bắc Lũng
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07498,Xã Yên Sơn,false,24,07498,Xã Bắc Lũng
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07501,Xã Khám Lạng,false,24,07498,Xã Bắc Lũng
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07504,Xã Huyền Sơn,false,24,07486,Xã Nghĩa Phương
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07507,Xã Trường Sơn,false,24,07489,Xã Trường Sơn
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07510,Xã Lục Sơn,false,24,07492,Xã Lục Sơn
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07513,Xã Bắc Lũng,false,24,07498,Xã Bắc Lũng
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07519,Xã Cẩm Lý,false,24,07519,Xã Cẩm Lý
24,Tỉnh Bắc Giang,218,Huyện Lục Nam,07522,Xã Đan Hội,false,24,07519,Xã Cẩm Lý
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07528,Xã Cấm Sơn,false,24,07531,Xã Tân Sơn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07531,Xã Tân Sơn,false,24,07531,Xã Tân Sơn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07534,Xã Phong Minh,false,24,07534,Xã Sa Lý
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07537,Xã Phong Vân,false,24,07537,Xã Biên Sơn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07540,Xã Sa Lý,false,24,07534,Xã Sa Lý
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07543,Xã Hộ Đáp,false,24,07543,Xã Sơn Hải
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07546,Xã Sơn Hải,false,24,07543,Xã Sơn Hải
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07555,Xã Biên Sơn,false,24,07537,Xã Biên Sơn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07564,Xã Kim Sơn,false,24,07573,Xã Biển Động
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07567,Xã Tân Hoa,false,24,07582,Xã Lục Ngạn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07570,Xã Giáp Sơn,false,24,07582,Xã Lục Ngạn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07573,Thị trấn Biển Động,false,24,07573,Xã Biển Động
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07582,Thị trấn Phì Điền,false,24,07582,Xã Lục Ngạn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07588,Xã Tân Quang,false,24,07582,Xã Lục Ngạn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07591,Xã Đồng Cốc,false,24,07582,Xã Lục Ngạn
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07594,Xã Tân Lập,false,24,07594,Xã Đèo Gia
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07597,Xã Phú Nhuận,false,24,07573,Xã Biển Động
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07606,Xã Tân Mộc,false,24,07603,Xã Nam Dương
24,Tỉnh Bắc Giang,219,Huyện Lục Ngạn,07609,Xã Đèo Gia,false,24,07594,Xã Đèo Gia
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07615,Thị trấn An Châu,false,24,07615,Xã Sơn Động
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07616,Thị trấn Tây Yên Tử,false,24,07616,Xã Tây Yên Tử
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07621,Xã Vân Sơn,false,24,07621,Xã Vân Sơn
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07624,Xã Hữu Sản,false,24,07621,Xã Vân Sơn
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07627,Xã Đại Sơn,false,24,07627,Xã Đại Sơn
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07630,Xã Phúc Sơn,false,24,07627,Xã Đại Sơn
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07636,Xã Giáo Liêm,false,24,07627,Xã Đại Sơn
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07642,Xã Cẩm Đàn,false,24,07642,Xã Yên Định
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07645,Xã An Lạc,false,24,07654,Xã An Lạc
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07648,Xã Vĩnh An,false,24,07615,Xã Sơn Động
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07651,Xã Yên Định,false,24,07642,Xã Yên Định
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07654,Xã Lệ Viễn,false,24,07654,Xã An Lạc
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07660,Xã An Bá,false,24,07615,Xã Sơn Động
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07663,Xã Tuấn Đạo,false,24,07663,Xã Tuấn Đạo
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07666,Xã Dương Hưu,false,24,07672,Xã Dương Hưu
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07672,Xã Long Sơn,false,24,07672,Xã Dương Hưu
24,Tỉnh Bắc Giang,220,Huyện Sơn Động,07678,Xã Thanh Luận,false,24,07616,Xã Tây Yên Tử
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07759,Xã Thượng Lan,false,24,07774,Phường Tự Lạn
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07762,Xã Việt Tiến,false,24,07774,Phường Tự Lạn
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07765,Xã Nghĩa Trung,false,24,07777,Phường Việt Yên
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07768,Xã Minh Đức,false,24,07777,Phường Việt Yên
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07771,Xã Hương Mai,false,24,07774,Phường Tự Lạn
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07774,Phường Tự Lạn,false,24,07774,Phường Tự Lạn
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07777,Phường Bích Động,false,24,07777,Phường Việt Yên
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07780,Xã Trung Sơn,false,24,07798,Phường Vân Hà
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07783,Phường Hồng Thái,false,24,07777,Phường Việt Yên
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07786,Xã Tiên Sơn,false,24,07798,Phường Vân Hà
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07789,Phường Tăng Tiến,false,24,07795,Phường Nếnh
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07792,Phường Quảng Minh,false,24,07798,Phường Vân Hà
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07795,Phường Nếnh,false,24,07795,Phường Nếnh
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07798,Phường Ninh Sơn,false,24,07798,Phường Vân Hà
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07801,Phường Vân Trung,false,24,07795,Phường Nếnh
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07804,Xã Vân Hà,false,24,07798,Phường Vân Hà
24,Tỉnh Bắc Giang,222,Thị Xã Việt Yên,07807,Phường Quang Châu,false,24,07795,Phường Nếnh
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07816,Xã Đồng Tiến,false,24,07822,Xã Hoàng Vân
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07822,Xã Hoàng Vân,false,24,07822,Xã Hoàng Vân
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07825,Xã Toàn Thắng,false,24,07822,Xã Hoàng Vân
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07831,Xã Ngọc Sơn,false,24,07822,Xã Hoàng Vân
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07840,Thị trấn Thắng,false,24,07840,Xã Hiệp Hòa
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07843,Xã Sơn Thịnh,false,24,07864,Xã Hợp Thịnh
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07846,Xã Lương Phong,false,24,07840,Xã Hiệp Hòa
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07849,Xã Hùng Thái,false,24,07864,Xã Hợp Thịnh
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07855,Xã Thường Thắng,false,24,07864,Xã Hợp Thịnh
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07858,Xã Hợp Thịnh,false,24,07864,Xã Hợp Thịnh
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07861,Xã Danh Thắng,false,24,07840,Xã Hiệp Hòa
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07864,Xã Mai Trung,false,24,07864,Xã Hợp Thịnh
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07867,Xã Đoan Bái,false,24,07840,Xã Hiệp Hòa
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07870,Thị trấn Bắc Lý,false,24,07870,Xã Xuân Cẩm
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07873,Xã Xuân Cẩm,false,24,07870,Xã Xuân Cẩm
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07876,Xã Hương Lâm,false,24,07870,Xã Xuân Cẩm
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07879,Xã Đông Lỗ,false,24,07840,Xã Hiệp Hòa
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07882,Xã Châu Minh,false,24,07870,Xã Xuân Cẩm
24,Tỉnh Bắc Giang,223,Huyện Hiệp Hòa,07885,Xã Mai Đình,false,24,07870,Xã Xuân Cẩm
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07525,Phường Chũ,false,24,07525,Phường Chũ
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07549,Phường Thanh Hải,false,24,07525,Phường Chũ
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07552,Xã Kiên Lao,false,24,07552,Xã Kiên Lao
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07558,Xã Kiên Thành,false,24,07552,Xã Kiên Lao
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07561,Phường Hồng Giang,false,24,07525,Phường Chũ
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07576,Xã Quý Sơn,false,24,07612,Phường Phượng Sơn
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07579,Phường Trù Hựu,false,24,07525,Phường Chũ
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07600,Xã Mỹ An,false,24,07612,Phường Phượng Sơn
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07603,Xã Nam Dương,false,24,07603,Xã Nam Dương
24,Tỉnh Bắc Giang,224,Thị xã Chũ,07612,Phường Phượng Sơn,false,24,07612,Phường Phượng Sơn
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07888,Phường Dữu Lâu,false,25,07900,Phường Việt Trì
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07894,Phường Nông Trang,false,25,07894,Phường Nông Trang
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07897,Phường Tân Dân,false,25,07900,Phường Việt Trì
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07900,Phường Gia Cẩm,false,25,07900,Phường Việt Trì
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07903,Phường Tiên Cát,false,25,07909,Phường Thanh Miếu
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07906,Phường Thọ Sơn,false,25,07909,Phường Thanh Miếu
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07909,Phường Thanh Miếu,false,25,07909,Phường Thanh Miếu
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07912,Phường Bạch Hạc,false,25,07909,Phường Thanh Miếu
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07918,Phường Vân Phú,false,25,07918,Phường Vân Phú
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07921,Xã Phượng Lâu,false,25,07918,Phường Vân Phú
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07924,Xã Thụy Vân,false,25,07894,Phường Nông Trang
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07927,Phường Minh Phương,false,25,07894,Phường Nông Trang
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07930,Xã Trưng Vương,false,25,07900,Phường Việt Trì
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07933,Phường Minh Nông,false,25,07900,Phường Việt Trì
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,07936,Xã Sông Lô,false,25,07909,Phường Thanh Miếu
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,08281,Xã Kim Đức,false,25,07918,Phường Vân Phú
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,08287,Xã Hùng Lô,false,25,07918,Phường Vân Phú
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,08503,Xã Hy Cương,false,25,08515,Xã Hy Cương
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,08506,Xã Chu Hóa,false,25,08515,Xã Hy Cương
25,Tỉnh Phú Thọ,227,Thành phố Việt Trì,08515,Xã Thanh Đình,false,25,08515,Xã Hy Cương
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07942,Phường Hùng Vương,false,25,07942,Phường Phú Thọ
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07945,Phường Phong Châu,false,25,07954,Phường Phong Châu
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07948,Phường Âu Cơ,false,25,07948,Phường Âu Cơ
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07951,Xã Hà Lộc,false,25,07942,Phường Phú Thọ
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07954,Xã Phú Hộ,false,25,07954,Phường Phong Châu
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07957,Xã Văn Lung,false,25,07942,Phường Phú Thọ
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07960,Xã Thanh Minh,false,25,07948,Phường Âu Cơ
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07963,Xã Hà Thạch,false,25,07954,Phường Phong Châu
25,Tỉnh Phú Thọ,228,Thị xã Phú Thọ,07966,Phường Thanh Vinh,false,25,07948,Phường Âu Cơ
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,07969,Thị trấn Đoan Hùng,false,25,07969,Xã Đoan Hùng
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,07975,Xã Hùng Xuyên,false,25,07999,Xã Chí Đám
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,07981,Xã Bằng Luân,false,25,07996,Xã Bằng Luân
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,07987,Xã Phú Lâm,false,25,08023,Xã Tây Cốc
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,07996,Xã Bằng Doãn,false,25,07996,Xã Bằng Luân
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,07999,Xã Chí Đám,false,25,07999,Xã Chí Đám
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08005,Xã Phúc Lai,false,25,07996,Xã Bằng Luân
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08008,Xã Ngọc Quan,false,25,07969,Xã Đoan Hùng
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08014,Xã Hợp Nhất,false,25,07969,Xã Đoan Hùng
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08023,Xã Tây Cốc,false,25,08023,Xã Tây Cốc
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08035,Xã Hùng Long,false,25,08038,Xã Chân Mộng
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08038,Xã Yên Kiện,false,25,08038,Xã Chân Mộng
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08044,Xã Chân Mộng,false,25,08038,Xã Chân Mộng
25,Tỉnh Phú Thọ,230,Huyện Đoan Hùng,08050,Xã Ca Đình,false,25,08023,Xã Tây Cốc
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08053,Thị trấn Hạ Hòa,false,25,08053,Xã Hạ Hòa
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08056,Xã Đại Phạm,false,25,08071,Xã Đan Thượng
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08062,Xã Đan Thượng,false,25,08071,Xã Đan Thượng
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08065,Xã Hà Lương,false,25,08071,Xã Đan Thượng
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08071,Xã Tứ Hiệp,false,25,08071,Xã Đan Thượng
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08080,Xã Hiền Lương,false,25,08110,Xã Hiền Lương
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08089,Xã Phương Viên,false,25,08113,Xã Yên Kỳ
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08092,Xã Gia Điền,false,25,08053,Xã Hạ Hòa
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08095,Xã Ấm Hạ,false,25,08053,Xã Hạ Hòa
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08104,Xã Hương Xạ,false,25,08113,Xã Yên Kỳ
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08110,Xã Xuân Áng,false,25,08110,Xã Hiền Lương
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08113,Xã Yên Kỳ,false,25,08113,Xã Yên Kỳ
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08119,Xã Minh Hạc,false,25,08053,Xã Hạ Hòa
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08122,Xã Lang Sơn,false,25,08143,Xã Vĩnh Chân
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08125,Xã Bằng Giã,false,25,08134,Xã Văn Lang
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08128,Xã Yên Luật,false,25,08143,Xã Vĩnh Chân
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08131,Xã Vô Tranh,false,25,08134,Xã Văn Lang
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08134,Xã Văn Lang,false,25,08134,Xã Văn Lang
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08140,Xã Minh Côi,false,25,08134,Xã Văn Lang
25,Tỉnh Phú Thọ,231,Huyện Hạ Hòa,08143,Xã Vĩnh Chân,false,25,08143,Xã Vĩnh Chân
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08152,Thị trấn Thanh Ba,false,25,08152,Xã Thanh Ba
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08156,Xã Vân Lĩnh,false,25,08152,Xã Thanh Ba
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08158,Xã Đông Lĩnh,false,25,08173,Xã Quảng Yên
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08161,Xã Đại An,false,25,08173,Xã Quảng Yên
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08164,Xã Hanh Cù,false,25,08152,Xã Thanh Ba
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08170,Xã Đồng Xuân,false,25,08152,Xã Thanh Ba
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08173,Xã Quảng Yên,false,25,08173,Xã Quảng Yên
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08179,Xã Ninh Dân,false,25,08203,Xã Hoàng Cương
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08194,Xã Võ Lao,false,25,08209,Xã Đông Thành
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08197,Xã Khải Xuân,false,25,08209,Xã Đông Thành
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08200,Xã Mạn Lạn,false,25,08203,Xã Hoàng Cương
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08203,Xã Hoàng Cương,false,25,08203,Xã Hoàng Cương
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08206,Xã Chí Tiên,false,25,08218,Xã Chí Tiên
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08209,Xã Đông Thành,false,25,08209,Xã Đông Thành
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08215,Xã Sơn Cương,false,25,08218,Xã Chí Tiên
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08218,Xã Thanh Hà,false,25,08218,Xã Chí Tiên
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08221,Xã Đỗ Sơn,false,25,08227,Xã Liên Minh
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08224,Xã Đỗ Xuyên,false,25,08227,Xã Liên Minh
25,Tỉnh Phú Thọ,232,Huyện Thanh Ba,08227,Xã Lương Lỗ,false,25,08227,Xã Liên Minh
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08230,Thị trấn Phong Châu,false,25,08230,Xã Phù Ninh
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08233,Xã Phú Mỹ,false,25,08236,Xã Phú Mỹ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08234,Xã Lệ Mỹ,false,25,08236,Xã Phú Mỹ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08236,Xã Liên Hoa,false,25,08236,Xã Phú Mỹ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08239,Xã Trạm Thản,false,25,08245,Xã Trạm Thản
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08242,Xã Trị Quận,false,25,08254,Xã Dân Chủ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08245,Xã Trung Giáp,false,25,08245,Xã Trạm Thản
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08248,Xã Tiên Phú,false,25,08245,Xã Trạm Thản
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08251,Xã Hạ Giáp,false,25,08254,Xã Dân Chủ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08254,Xã Bảo Thanh,false,25,08254,Xã Dân Chủ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08257,Xã Phú Lộc,false,25,08230,Xã Phù Ninh
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08260,Xã Gia Thanh,false,25,08254,Xã Dân Chủ
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08263,Xã Tiên Du,false,25,08275,Xã Bình Phú
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08266,Xã Phú Nham,false,25,08230,Xã Phù Ninh
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08272,Xã An Đạo,false,25,08275,Xã Bình Phú
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08275,Xã Bình Phú,false,25,08275,Xã Bình Phú
25,Tỉnh Phú Thọ,233,Huyện Phù Ninh,08278,Xã Phù Ninh,false,25,08230,Xã Phù Ninh
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08290,Thị trấn Yên Lập,false,25,08290,Xã Yên Lập
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08293,Xã Mỹ Lung,false,25,08296,Xã Sơn Lương
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08296,Xã Mỹ Lương,false,25,08296,Xã Sơn Lương
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08299,Xã Lương Sơn,false,25,08296,Xã Sơn Lương
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08302,Xã Xuân An,false,25,08305,Xã Xuân Viên
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08305,Xã Xuân Viên,false,25,08305,Xã Xuân Viên
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08308,Xã Xuân Thủy,false,25,08305,Xã Xuân Viên
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08311,Xã Trung Sơn,false,25,08311,Xã Trung Sơn
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08314,Xã Hưng Long,false,25,08290,Xã Yên Lập
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08317,Xã Nga Hoàng,false,25,08323,Xã Thượng Long
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08320,Xã Đồng Lạc,false,25,08290,Xã Yên Lập
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08323,Xã Thượng Long,false,25,08323,Xã Thượng Long
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08326,Xã Đồng Thịnh,false,25,08290,Xã Yên Lập
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08329,Xã Phúc Khánh,false,25,08323,Xã Thượng Long
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08332,Xã Minh Hòa,false,25,08338,Xã Minh Hòa
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08335,Xã Ngọc Lập,false,25,08338,Xã Minh Hòa
25,Tỉnh Phú Thọ,234,Huyện Yên Lập,08338,Xã Ngọc Đồng,false,25,08338,Xã Minh Hòa
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08341,Thị trấn Cẩm Khê,false,25,08341,Xã Cẩm Khê
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08344,Xã Tiên Lương,false,25,08344,Xã Tiên Lương
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08350,Xã Minh Thắng,false,25,08344,Xã Tiên Lương
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08353,Xã Minh Tân,false,25,08341,Xã Cẩm Khê
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08356,Xã Phượng Vĩ,false,25,08344,Xã Tiên Lương
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08374,Xã Tùng Khê,false,25,08377,Xã Vân Bán
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08377,Xã Tam Sơn,false,25,08377,Xã Vân Bán
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08380,Xã Văn Bán,false,25,08377,Xã Vân Bán
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08389,Xã Phong Thịnh,false,25,08341,Xã Cẩm Khê
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08398,Xã Phú Khê,false,25,08398,Xã Phú Khê
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08401,Xã Hương Lung,false,25,08398,Xã Phú Khê
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08413,Xã Nhật Tiến,false,25,08416,Xã Hùng Việt
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08416,Xã Hùng Việt,false,25,08416,Xã Hùng Việt
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08422,Xã Yên Dưỡng,false,25,08431,Xã Đồng Lương
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08428,Xã Điêu Lương,false,25,08431,Xã Đồng Lương
25,Tỉnh Phú Thọ,235,Huyện Cẩm Khê,08431,Xã Đồng Lương,false,25,08431,Xã Đồng Lương
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08434,Thị trấn Hưng Hóa,false,25,08434,Xã Tam Nông
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08440,Xã Hiền Quan,false,25,08443,Xã Hiền Quan
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08443,Xã Bắc Sơn,false,25,08443,Xã Hiền Quan
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08446,Xã Thanh Uyên,false,25,08443,Xã Hiền Quan
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08461,Xã Lam Sơn,false,25,08467,Xã Vạn Xuân
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08467,Xã Vạn Xuân,false,25,08467,Xã Vạn Xuân
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08470,Xã Quang Húc,false,25,08467,Xã Vạn Xuân
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08473,Xã Hương Nộn,false,25,08434,Xã Tam Nông
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08476,Xã Tề Lễ,false,25,08479,Xã Thọ Văn
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08479,Xã Thọ Văn,false,25,08479,Xã Thọ Văn
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08482,Xã Dị Nậu,false,25,08479,Xã Thọ Văn
25,Tỉnh Phú Thọ,236,Huyện Tam Nông,08491,Xã Dân Quyền,false,25,08434,Xã Tam Nông
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08494,Thị trấn Lâm Thao,false,25,08494,Xã Lâm Thao
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08497,Xã Tiên Kiên,false,25,08500,Xã Xuân Lũng
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08498,Thị trấn Hùng Sơn,false,25,08494,Xã Lâm Thao
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08500,Xã Xuân Lũng,false,25,08500,Xã Xuân Lũng
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08509,Xã Xuân Huy,false,25,08500,Xã Xuân Lũng
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08512,Xã Thạch Sơn,false,25,08494,Xã Lâm Thao
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08518,Xã Sơn Vi,false,25,08521,Xã Phùng Nguyên
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08521,Xã Phùng Nguyên,false,25,08521,Xã Phùng Nguyên
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08527,Xã Cao Xá,false,25,08527,Xã Bản Nguyên
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08533,Xã Vĩnh Lại,false,25,08527,Xã Bản Nguyên
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08536,Xã Tứ Xã,false,25,08521,Xã Phùng Nguyên
25,Tỉnh Phú Thọ,237,Huyện Lâm Thao,08539,Xã Bản Nguyên,false,25,08527,Xã Bản Nguyên
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08542,Thị trấn Thanh Sơn,false,25,08542,Xã Thanh Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08563,Xã Sơn Hùng,false,25,08542,Xã Thanh Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08572,Xã Địch Quả,false,25,08584,Xã Võ Miếu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08575,Xã Giáp Lai,false,25,08542,Xã Thanh Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08581,Xã Thục Luyện,false,25,08542,Xã Thanh Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08584,Xã Võ Miếu,false,25,08584,Xã Võ Miếu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08587,Xã Thạch Khoán,false,25,08542,Xã Thanh Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08602,Xã Cự Thắng,false,25,08584,Xã Võ Miếu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08605,Xã Tất Thắng,false,25,08614,Xã Cự Đồng
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08611,Xã Văn Miếu,false,25,08611,Xã Văn Miếu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08614,Xã Cự Đồng,false,25,08614,Xã Cự Đồng
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08623,Xã Thắng Sơn,false,25,08614,Xã Cự Đồng
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08629,Xã Tân Minh,false,25,08611,Xã Văn Miếu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08632,Xã Hương Cần,false,25,08632,Xã Hương Cần
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08635,Xã Khả Cửu,false,25,08635,Xã Khả Cửu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08638,Xã Đông Cửu,false,25,08635,Xã Khả Cửu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08641,Xã Tân Lập,false,25,08611,Xã Văn Miếu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08644,Xã Yên Lãng,false,25,08632,Xã Hương Cần
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08647,Xã Yên Lương,false,25,08632,Xã Hương Cần
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08650,Xã Thượng Cửu,false,25,08635,Xã Khả Cửu
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08653,Xã Lương Nha,false,25,08656,Xã Yên Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08656,Xã Yên Sơn,false,25,08656,Xã Yên Sơn
25,Tỉnh Phú Thọ,238,Huyện Thanh Sơn,08659,Xã Tinh Nhuệ,false,25,08656,Xã Yên Sơn
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08662,Xã Đào Xá,false,25,08662,Xã Đào Xá
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08665,Xã Thạch Đồng,false,25,08662,Xã Đào Xá
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08668,Xã Xuân Lộc,false,25,08662,Xã Đào Xá
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08671,Xã Tân Phương,false,25,08662,Xã Đào Xá
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08674,Thị trấn Thanh Thủy,false,25,08674,Xã Thanh Thủy
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08677,Xã Sơn Thủy,false,25,08674,Xã Thanh Thủy
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08680,Xã Bảo Yên,false,25,08674,Xã Thanh Thủy
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08683,Xã Đoan Hạ,false,25,08674,Xã Thanh Thủy
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08686,Xã Đồng Trung,false,25,08686,Xã Tu Vũ
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08689,Xã Hoàng Xá,false,25,08686,Xã Tu Vũ
25,Tỉnh Phú Thọ,239,Huyện Thanh Thủy,08701,Xã Tu Vũ,false,25,08686,Xã Tu Vũ
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08545,Xã Thu Cúc,false,25,08545,Xã Thu Cúc
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08548,Xã Thạch Kiệt,false,25,08566,Xã Tân Sơn
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08551,Xã Thu Ngạc,false,25,08566,Xã Tân Sơn
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08554,Xã Kiệt Sơn,false,25,08560,Xã Lai Đồng
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08557,Xã Đồng Sơn,false,25,08560,Xã Lai Đồng
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08560,Xã Lai Đồng,false,25,08560,Xã Lai Đồng
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08566,Thị trấn Tân Phú,false,25,08566,Xã Tân Sơn
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08569,Xã Mỹ Thuận,false,25,08593,Xã Minh Đài
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08578,Xã Tân Sơn,false,25,08560,Xã Lai Đồng
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08590,Xã Xuân Đài,false,25,08590,Xã Xuân Đài
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08593,Xã Minh Đài,false,25,08593,Xã Minh Đài
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08596,Xã Văn Luông,false,25,08593,Xã Minh Đài
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08599,Xã Xuân Sơn,false,25,08590,Xã Xuân Đài
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08608,Xã Long Cốc,false,25,08620,Xã Long Cốc
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08617,Xã Kim Thượng,false,25,08590,Xã Xuân Đài
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08620,Xã Tam Thanh,false,25,08620,Xã Long Cốc
25,Tỉnh Phú Thọ,240,Huyện Tân Sơn,08626,Xã Vinh Tiền,false,25,08620,Xã Long Cốc
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08707,Phường Tích Sơn,false,25,08707,Phường Vĩnh Yên
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08710,Phường Liên Bảo,false,25,08716,Phường Vĩnh Phúc
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08713,Phường Hội Hợp,false,25,08707,Phường Vĩnh Yên
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08716,Phường Đống Đa,false,25,08716,Phường Vĩnh Phúc
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08719,Phường Ngô Quyền,false,25,08716,Phường Vĩnh Phúc
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08722,Phường Đồng Tâm,false,25,08707,Phường Vĩnh Yên
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08725,Phường Định Trung,false,25,08716,Phường Vĩnh Phúc
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08728,Phường Khai Quang,false,25,08716,Phường Vĩnh Phúc
26,Tỉnh Vĩnh Phúc,243,Thành phố Vĩnh Yên,08731,Xã Thanh Trù,false,25,08707,Phường Vĩnh Yên
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08737,Phường Hùng Vương,false,25,08740,Phường Phúc Yên
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08740,Phường Hai Bà Trưng,false,25,08740,Phường Phúc Yên
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08743,Phường Phúc Thắng,false,25,08740,Phường Phúc Yên
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08746,Phường Xuân Hòa,false,25,08746,Phường Xuân Hòa
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08747,Phường Đồng Xuân,false,25,08746,Phường Xuân Hòa
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08749,Xã Ngọc Thanh,false,25,08746,Phường Xuân Hòa
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08752,Xã Cao Minh,false,25,08746,Phường Xuân Hòa
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08755,Phường Nam Viêm,false,25,08740,Phường Phúc Yên
26,Tỉnh Vĩnh Phúc,244,Thành phố Phúc Yên,08758,Phường Tiền Châu,false,25,08740,Phường Phúc Yên
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08761,Thị trấn Lập Thạch,false,25,08761,Xã Lập Thạch
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08764,Xã Quang Sơn,false,25,08770,Xã Hợp Lý
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08767,Xã Ngọc Mỹ,false,25,08770,Xã Hợp Lý
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08770,Xã Hợp Lý,false,25,08770,Xã Hợp Lý
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08785,Xã Bắc Bình,false,25,08788,Xã Thái Hòa
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08788,Xã Thái Hòa,false,25,08788,Xã Thái Hòa
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08789,Thị trấn Hoa Sơn,false,25,08812,Xã Liên Hòa
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08791,Xã Liễn Sơn,false,25,08788,Xã Thái Hòa
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08794,Xã Xuân Hòa,false,25,08761,Xã Lập Thạch
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08797,Xã Vân Trục,false,25,08761,Xã Lập Thạch
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08812,Xã Liên Hòa,false,25,08812,Xã Liên Hòa
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08815,Xã Tử Du,false,25,08761,Xã Lập Thạch
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08833,Xã Bàn Giản,false,25,08812,Xã Liên Hòa
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08836,Xã Xuân Lôi,false,25,08842,Xã Tiên Lữ
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08839,Xã Đồng Ích,false,25,08842,Xã Tiên Lữ
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08842,Xã Tiên Lữ,false,25,08842,Xã Tiên Lữ
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08845,Xã Văn Quán,false,25,08842,Xã Tiên Lữ
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08863,Xã Tây Sơn,false,25,08866,Xã Sơn Đông
26,Tỉnh Vĩnh Phúc,246,Huyện Lập Thạch,08866,Xã Sơn Đông,false,25,08866,Xã Sơn Đông
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08869,Thị trấn Hợp Hòa,false,25,08869,Xã Tam Dương
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08872,Xã Hoàng Hoa,false,25,08872,Xã Tam Dương Bắc
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08875,Xã Đồng Tĩnh,false,25,08872,Xã Tam Dương Bắc
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08878,Thị trấn Kim Long,false,25,08869,Xã Tam Dương
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08881,Xã Hướng Đạo,false,25,08869,Xã Tam Dương
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08884,Xã Đạo Tú,false,25,08869,Xã Tam Dương
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08887,Xã An Hòa,false,25,08896,Xã Hoàng An
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08890,Xã Thanh Vân,false,25,08905,Xã Hội Thịnh
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08893,Xã Duy Phiên,false,25,08905,Xã Hội Thịnh
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08896,Xã Hoàng Đan,false,25,08896,Xã Hoàng An
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08899,Xã Hoàng Lâu,false,25,08896,Xã Hoàng An
26,Tỉnh Vĩnh Phúc,247,Huyện Tam Dương,08905,Xã Hội Thịnh,false,25,08905,Xã Hội Thịnh
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08908,Thị trấn Tam Đảo,false,25,08911,Xã Tam Đảo
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08911,Thị trấn Hợp Châu,false,25,08911,Xã Tam Đảo
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08914,Xã Đạo Trù,false,25,08914,Xã Đạo Trù
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08917,Xã Yên Dương,false,25,08914,Xã Đạo Trù
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08920,Xã Bồ Lý,false,25,08923,Xã Đại Đình
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08923,Thị trấn Đại Đình,false,25,08923,Xã Đại Đình
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08926,Xã Tam Quan,false,25,08872,Xã Tam Dương Bắc
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08929,Xã Hồ Sơn,false,25,08911,Xã Tam Đảo
26,Tỉnh Vĩnh Phúc,248,Huyện Tam Đảo,08932,Xã Minh Quang,false,25,08911,Xã Tam Đảo
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08935,Thị trấn Hương Canh,false,25,08935,Xã Bình Nguyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08936,Thị trấn Gia Khánh,false,25,08950,Xã Bình Xuyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08938,Xã Trung Mỹ,false,25,08944,Xã Bình Tuyền
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08944,Thị trấn Bá Hiến,false,25,08944,Xã Bình Tuyền
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08947,Xã Thiện Kế,false,25,08950,Xã Bình Xuyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08950,Xã Hương Sơn,false,25,08950,Xã Bình Xuyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08953,Xã Tam Hợp,false,25,08935,Xã Bình Nguyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08956,Xã Quất Lưu,false,25,08935,Xã Bình Nguyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08959,Xã Sơn Lôi,false,25,08935,Xã Bình Nguyên
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08962,Thị trấn Đạo Đức,false,25,08971,Xã Xuân Lãng
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08965,Xã Tân Phong,false,25,08971,Xã Xuân Lãng
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08968,Thị trấn Thanh Lãng,false,25,08971,Xã Xuân Lãng
26,Tỉnh Vĩnh Phúc,249,Huyện Bình Xuyên,08971,Xã Phú Xuân,false,25,08971,Xã Xuân Lãng
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09025,Thị trấn Yên Lạc,false,25,09025,Xã Yên Lạc
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09028,Xã Đồng Cương,false,25,09025,Xã Yên Lạc
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09031,Xã Đồng Văn,false,25,09040,Xã Tề Lỗ
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09034,Xã Bình Định,false,25,09025,Xã Yên Lạc
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09037,Xã Trung Nguyên,false,25,09040,Xã Tề Lỗ
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09040,Xã Tề Lỗ,false,25,09040,Xã Tề Lỗ
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09043,Thị trấn Tam Hồng,false,25,09043,Xã Tam Hồng
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09046,Xã Yên Đồng,false,25,09043,Xã Tam Hồng
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09049,Xã Văn Tiến,false,25,09052,Xã Nguyệt Đức
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09052,Xã Nguyệt Đức,false,25,09052,Xã Nguyệt Đức
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09055,Xã Yên Phương,false,25,09043,Xã Tam Hồng
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09061,Xã Trung Kiên,false,25,09052,Xã Nguyệt Đức
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09064,Xã Liên Châu,false,25,09064,Xã Liên Châu
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09067,Xã Đại Tự,false,25,09064,Xã Liên Châu
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09070,Xã Hồng Châu,false,25,09064,Xã Liên Châu
26,Tỉnh Vĩnh Phúc,251,Huyện Yên Lạc,09073,Xã Trung Hà,false,25,09052,Xã Nguyệt Đức
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09076,Thị trấn Vĩnh Tường,false,25,09076,Xã Vĩnh Tường
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09079,Xã Kim Xá,false,25,09079,Xã Vĩnh An
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09082,Xã Yên Bình,false,25,09079,Xã Vĩnh An
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09085,Xã Chấn Hưng,false,25,09079,Xã Vĩnh An
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09088,Xã Nghĩa Hưng,false,25,09100,Xã Vĩnh Hưng
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09091,Xã Yên Lập,false,25,09100,Xã Vĩnh Hưng
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09097,Xã Sao Đại Việt,false,25,09106,Xã Vĩnh Thành
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09100,Xã Đại Đồng,false,25,09100,Xã Vĩnh Hưng
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09106,Xã Lũng Hòa,false,25,09106,Xã Vĩnh Thành
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09112,Thị trấn Thổ Tang,false,25,09112,Xã Thổ Tang
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09118,Xã Lương Điền,false,25,09076,Xã Vĩnh Tường
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09124,Xã Tân Phú,false,25,09106,Xã Vĩnh Thành
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09127,Xã Thượng Trưng,false,25,09112,Xã Thổ Tang
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09130,Xã Vũ Di,false,25,09076,Xã Vĩnh Tường
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09136,Xã Tuân Chính,false,25,09112,Xã Thổ Tang
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09145,Thị trấn Tứ Trưng,false,25,09076,Xã Vĩnh Tường
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09148,Xã Ngũ Kiên,false,25,09154,Xã Vĩnh Phú
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09151,Xã An Nhân,false,25,09154,Xã Vĩnh Phú
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09154,Xã Vĩnh Thịnh,false,25,09154,Xã Vĩnh Phú
26,Tỉnh Vĩnh Phúc,252,Huyện Vĩnh Tường,09157,Xã Vĩnh Phú,false,25,09154,Xã Vĩnh Phú
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08773,Xã Lãng Công,false,25,08773,Xã Yên Lãng
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08776,Xã Quang Yên,false,25,08773,Xã Yên Lãng
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08782,Xã Hải Lựu,false,25,08782,Xã Hải Lựu
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08800,Xã Đồng Quế,false,25,08824,Xã Tam Sơn
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08803,Xã Nhân Đạo,false,25,08782,Xã Hải Lựu
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08806,Xã Đôn Nhân,false,25,08782,Xã Hải Lựu
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08809,Xã Phương Khoan,false,25,08782,Xã Hải Lựu
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08818,Xã Tân Lập,false,25,08824,Xã Tam Sơn
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08824,Thị trấn Tam Sơn,false,25,08824,Xã Tam Sơn
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08830,Xã Yên Thạch,false,25,08848,Xã Sông Lô
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08848,Xã Đồng Thịnh,false,25,08848,Xã Sông Lô
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08851,Xã Tứ Yên,false,25,08848,Xã Sông Lô
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08854,Xã Đức Bác,false,25,08848,Xã Sông Lô
26,Tỉnh Vĩnh Phúc,253,Huyện Sông Lô,08860,Xã Cao Phong,false,25,08866,Xã Sơn Đông
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09163,Phường Vũ Ninh,false,24,09169,Phường Vũ Ninh
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09166,Phường Đáp Cầu,false,24,09169,Phường Vũ Ninh
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09169,Phường Thị Cầu,false,24,09169,Phường Vũ Ninh
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09172,Phường Kinh Bắc,false,24,09187,Phường Kinh Bắc
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09181,Phường Đại Phúc,false,24,09190,Phường Võ Cường
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09184,Phường Tiền Ninh Vệ,false,24,09187,Phường Kinh Bắc
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09187,Phường Suối Hoa,false,24,09187,Phường Kinh Bắc
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09190,Phường Võ Cường,false,24,09190,Phường Võ Cường
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09214,Phường Hòa Long,false,24,09187,Phường Kinh Bắc
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09226,Phường Vạn An,false,24,09187,Phường Kinh Bắc
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09235,Phường Khúc Xuyên,false,24,09187,Phường Kinh Bắc
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09244,Phường Phong Khê,false,24,09190,Phường Võ Cường
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09256,Phường Kim Chân,false,24,09169,Phường Vũ Ninh
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09271,Phường Vân Dương,false,24,09286,Phường Nam Sơn
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09286,Phường Nam Sơn,false,24,09286,Phường Nam Sơn
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09325,Phường Khắc Niệm,false,24,09325,Phường Hạp Lĩnh
27,Tỉnh Bắc Ninh,256,Thành phố Bắc Ninh,09331,Phường Hạp Lĩnh,false,24,09325,Phường Hạp Lĩnh
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09193,Thị trấn Chờ,false,24,09193,Xã Yên Phong
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09196,Xã Dũng Liệt,false,24,09205,Xã Yên Trung
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09199,Xã Tam Đa,false,24,09208,Xã Tam Đa
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09202,Xã Tam Giang,false,24,09202,Xã Tam Giang
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09205,Xã Yên Trung,false,24,09205,Xã Yên Trung
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09208,Xã Thụy Hòa,false,24,09208,Xã Tam Đa
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09211,Xã Hòa Tiến,false,24,09202,Xã Tam Giang
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09217,Xã Đông Tiến,false,24,09193,Xã Yên Phong
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09220,Xã Yên Phụ,false,24,09238,Xã Văn Môn
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09223,Xã Trung Nghĩa,false,24,09193,Xã Yên Phong
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09229,Xã Đông Phong,false,24,09208,Xã Tam Đa
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09232,Xã Long Châu,false,24,09193,Xã Yên Phong
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09238,Xã Văn Môn,false,24,09238,Xã Văn Môn
27,Tỉnh Bắc Ninh,258,Huyện Yên Phong,09241,Xã Đông Thọ,false,24,09238,Xã Văn Môn
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09247,Phường Phố Mới,false,24,09247,Phường Quế Võ
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09250,Xã Việt Thống,false,24,09253,Phường Nhân Hòa
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09253,Phường Đại Xuân,false,24,09253,Phường Nhân Hòa
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09259,Phường Nhân Hòa,false,24,09253,Phường Nhân Hòa
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09262,Phường Bằng An,false,24,09247,Phường Quế Võ
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09265,Phường Phương Liễu,false,24,09265,Phường Phương Liễu
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09268,Phường Quế Tân,false,24,09247,Phường Quế Võ
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09274,Phường Phù Lương,false,24,09301,Phường Đào Viên
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09277,Xã Phù Lãng,false,24,09292,Xã Phù Lãng
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09280,Phường Phượng Mao,false,24,09265,Phường Phương Liễu
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09283,Phường Việt Hùng,false,24,09247,Phường Quế Võ
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09289,Xã Ngọc Xá,false,24,09301,Phường Đào Viên
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09292,Xã Châu Phong,false,24,09292,Xã Phù Lãng
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09295,Phường Bồng Lai,false,24,09295,Phường Bồng Lai
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09298,Phường Cách Bi,false,24,09295,Phường Bồng Lai
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09301,Xã Đào Viên,false,24,09301,Phường Đào Viên
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09304,Xã Yên Giả,false,24,09313,Xã Chi Lăng
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09307,Xã Mộ Đạo,false,24,09295,Phường Bồng Lai
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09310,Xã Đức Long,false,24,09292,Xã Phù Lãng
27,Tỉnh Bắc Ninh,259,Thị xã Quế Võ,09313,Xã Chi Lăng,false,24,09313,Xã Chi Lăng
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09319,Thị trấn Lim,false,24,09319,Xã Tiên Du
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09322,Xã Phú Lâm,false,24,09319,Xã Tiên Du
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09328,Xã Nội Duệ,false,24,09319,Xã Tiên Du
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09334,Xã Liên Bão,false,24,09334,Xã Liên Bão
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09337,Xã Hiên Vân,false,24,09334,Xã Liên Bão
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09340,Xã Hoàn Sơn,false,24,09340,Xã Đại Đồng
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09343,Xã Lạc Vệ,false,24,09343,Xã Tân Chi
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09346,Xã Việt Đoàn,false,24,09334,Xã Liên Bão
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09349,Xã Phật Tích,false,24,09349,Xã Phật Tích
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09352,Xã Tân Chi,false,24,09343,Xã Tân Chi
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09355,Xã Đại Đồng,false,24,09340,Xã Đại Đồng
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09358,Xã Tri Phương,false,24,09340,Xã Đại Đồng
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09361,Xã Minh Đạo,false,24,09349,Xã Phật Tích
27,Tỉnh Bắc Ninh,260,Huyện Tiên Du,09364,Xã Cảnh Hưng,false,24,09349,Xã Phật Tích
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09367,Phường Đông Ngàn,false,24,09367,Phường Từ Sơn
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09370,Phường Tam Sơn,false,24,09370,Phường Tam Sơn
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09373,Phường Hương Mạc,false,24,09379,Phường Phù Khê
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09376,Phường Tương Giang,false,24,09370,Phường Tam Sơn
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09379,Phường Phù Khê,false,24,09379,Phường Phù Khê
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09382,Phường Đồng Kỵ,false,24,09385,Phường Đồng Nguyên
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09383,Phường Trang Hạ,false,24,09385,Phường Đồng Nguyên
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09385,Phường Đồng Nguyên,false,24,09385,Phường Đồng Nguyên
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09388,Phường Châu Khê,false,24,09379,Phường Phù Khê
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09391,Phường Tân Hồng,false,24,09367,Phường Từ Sơn
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09394,Phường Đình Bảng,false,24,09367,Phường Từ Sơn
27,Tỉnh Bắc Ninh,261,Thành phố Từ Sơn,09397,Phường Phù Chẩn,false,24,09367,Phường Từ Sơn
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09400,Phường Hồ,false,24,09400,Phường Thuận Thành
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09403,Xã Hoài Thượng,false,24,09409,Phường Mão Điền
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09406,Xã Đại Đồng Thành,false,24,09400,Phường Thuận Thành
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09409,Xã Mão Điền,false,24,09409,Phường Mão Điền
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09412,Phường Song Hồ,false,24,09400,Phường Thuận Thành
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09415,Xã Đình Tổ,false,24,09427,Phường Trí Quả
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09418,Phường An Bình,false,24,09409,Phường Mão Điền
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09421,Phường Trí Quả,false,24,09427,Phường Trí Quả
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09424,Phường Gia Đông,false,24,09400,Phường Thuận Thành
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09427,Phường Thanh Khương,false,24,09427,Phường Trí Quả
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09430,Phường Trạm Lộ,false,24,09430,Phường Trạm Lộ
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09433,Phường Xuân Lâm,false,24,09433,Phường Song Liễu
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09436,Phường Hà Mãn,false,24,09433,Phường Song Liễu
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09439,Xã Ngũ Thái,false,24,09433,Phường Song Liễu
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09442,Xã Nguyệt Đức,false,24,09445,Phường Ninh Xá
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09445,Phường Ninh Xá,false,24,09445,Phường Ninh Xá
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09448,Xã Nghĩa Đạo,false,24,09430,Phường Trạm Lộ
27,Tỉnh Bắc Ninh,262,Thị xã Thuận Thành,09451,Xã Song Liễu,false,24,09433,Phường Song Liễu
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09454,Thị trấn Gia Bình,false,24,09454,Xã Gia Bình
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09457,Xã Vạn Ninh,false,24,09466,Xã Cao Đức
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09460,Xã Thái Bảo,false,24,09475,Xã Nhân Thắng
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09463,Xã Giang Sơn,false,24,09487,Xã Đông Cứu
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09466,Xã Cao Đức,false,24,09466,Xã Cao Đức
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09469,Xã Đại Lai,false,24,09469,Xã Đại Lai
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09472,Xã Song Giang,false,24,09469,Xã Đại Lai
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09475,Xã Bình Dương,false,24,09475,Xã Nhân Thắng
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09478,Xã Lãng Ngâm,false,24,09487,Xã Đông Cứu
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09481,Thị trấn Nhân Thắng,false,24,09475,Xã Nhân Thắng
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09484,Xã Xuân Lai,false,24,09454,Xã Gia Bình
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09487,Xã Đông Cứu,false,24,09487,Xã Đông Cứu
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09490,Xã Đại Bái,false,24,09454,Xã Gia Bình
27,Tỉnh Bắc Ninh,263,Huyện Gia Bình,09493,Xã Quỳnh Phú,false,24,09454,Xã Gia Bình
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09496,Thị trấn Thứa,false,24,09496,Xã Lương Tài
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09499,Xã An Thịnh,false,24,09499,Xã Trung Kênh
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09502,Xã Trung Kênh,false,24,09499,Xã Trung Kênh
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09505,Xã Phú Hòa,false,24,09496,Xã Lương Tài
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09508,Xã An Tập,false,24,09499,Xã Trung Kênh
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09511,Xã Tân Lãng,false,24,09496,Xã Lương Tài
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09514,Xã Quảng Phú,false,24,09529,Xã Lâm Thao
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09517,Xã Quang Minh,false,24,09523,Xã Trung Chính
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09523,Xã Trung Chính,false,24,09523,Xã Trung Chính
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09529,Xã Bình Định,false,24,09529,Xã Lâm Thao
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09532,Xã Phú Lương,false,24,09523,Xã Trung Chính
27,Tỉnh Bắc Ninh,264,Huyện Lương Tài,09535,Xã Lâm Thao,false,24,09529,Xã Lâm Thao
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10507,Phường Cẩm Thượng,false,31,10507,Phường Thành Đông
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10510,Phường Bình Hàn,false,31,10507,Phường Thành Đông
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10513,Phường Ngọc Châu,false,31,10525,Phường Hải Dương
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10514,Phường Nhị Châu,false,31,10525,Phường Hải Dương
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10516,Phường Quang Trung,false,31,10525,Phường Hải Dương
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10519,Phường Nguyễn Trãi,false,31,10507,Phường Thành Đông
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10525,Phường Trần Hưng Đạo,false,31,10525,Phường Hải Dương
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10528,Phường Trần Phú,true,31,10532,Phường Lê Thanh Nghị
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10528,Phường Trần Phú,true,31,10537,Phường Tân Hưng
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10531,Phường Thanh Bình,false,31,10532,Phường Lê Thanh Nghị
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10532,Phường Tân Bình,false,31,10532,Phường Lê Thanh Nghị
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10534,Phường Lê Thanh Nghị,false,31,10532,Phường Lê Thanh Nghị
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10537,Phường Hải Tân,false,31,10537,Phường Tân Hưng
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10540,Phường Tứ Minh,true,31,10891,Phường Tứ Minh
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10540,Phường Tứ Minh,true,31,10543,Phường Việt Hòa
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10543,Phường Việt Hòa,false,31,10543,Phường Việt Hòa
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10660,Phường Ái Quốc,false,31,10660,Phường Ái Quốc
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10663,Xã An Thượng,false,31,10507,Phường Thành Đông
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10672,Phường Nam Đồng,false,31,10837,Phường Nam Đồng
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10822,Xã Quyết Thắng,false,31,10660,Phường Ái Quốc
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,10837,Xã Tiền Tiến,false,31,10837,Phường Nam Đồng
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,11002,Phường Thạch Khôi,false,31,11002,Phường Thạch Khôi
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,11005,Xã Liên Hồng,false,31,11002,Phường Thạch Khôi
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,11011,Phường Tân Hưng,false,31,10537,Phường Tân Hưng
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,11017,Xã Gia Xuyên,false,31,11002,Phường Thạch Khôi
30,Tỉnh Hải Dương,288,Thành phố Hải Dương,11077,Xã Ngọc Sơn,false,31,10537,Phường Tân Hưng
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10546,Phường Phả Lại,false,31,10546,Phường Chí Linh
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10549,Phường Sao Đỏ,false,31,10549,Phường Chu Văn An
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10552,Phường Bến Tắm,false,31,10552,Phường Nguyễn Trãi
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10555,Xã Hoàng Hoa Thám,false,31,10552,Phường Nguyễn Trãi
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10558,Xã Bắc An,false,31,10552,Phường Nguyễn Trãi
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10561,Xã Hưng Đạo,false,31,10570,Phường Trần Hưng Đạo
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10564,Xã Lê Lợi,false,31,10570,Phường Trần Hưng Đạo
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10567,Phường Hoàng Tiến,false,31,10573,Phường Trần Nhân Tông
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10570,Phường Cộng Hòa,true,31,10549,Phường Chu Văn An
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10570,Phường Cộng Hòa,true,31,10570,Phường Trần Hưng Đạo
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10573,Phường Hoàng Tân,false,31,10573,Phường Trần Nhân Tông
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10576,Phường Cổ Thành,false,31,10546,Phường Chí Linh
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10579,Phường Văn An,false,31,10549,Phường Chu Văn An
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10582,Phường Chí Minh,false,31,10549,Phường Chu Văn An
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10585,Phường Văn Đức,true,31,10678,Phường Bắc An Phụ
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10585,Phường Văn Đức,true,31,10549,Phường Chu Văn An
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10585,Phường Văn Đức,true,31,10573,Phường Trần Nhân Tông
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10588,Phường Thái Học,false,31,10549,Phường Chu Văn An
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10591,Xã Nhân Huệ,false,31,10546,Phường Chí Linh
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10594,Phường An Lạc,false,31,10603,Phường Lê Đại Hành
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10600,Phường Đồng Lạc,false,31,10603,Phường Lê Đại Hành
30,Tỉnh Hải Dương,290,Thành phố Chí Linh,10603,Phường Tân Dân,false,31,10603,Phường Lê Đại Hành
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10606,Thị trấn Nam Sách,false,31,10606,Xã Nam Sách
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10609,Xã Nam Hưng,false,31,10615,Xã Hợp Tiến
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10612,Xã Nam Tân,false,31,10615,Xã Hợp Tiến
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10615,Xã Hợp Tiến,false,31,10615,Xã Hợp Tiến
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10618,Xã Hiệp Cát,false,31,10633,Xã Trần Phú
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10621,Xã Quốc Tuấn,false,31,10633,Xã Trần Phú
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10630,Xã An Bình,false,31,10645,Xã An Phú
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10633,Xã Trần Phú,false,31,10633,Xã Trần Phú
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10636,Xã An Sơn,false,31,10642,Xã Thái Tân
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10639,Xã Cộng Hòa,true,31,10645,Xã An Phú
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10639,Xã Cộng Hòa,true,31,10756,Xã Lai Khê
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10639,Xã Cộng Hòa,true,31,10705,Xã Nam An Phụ
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10642,Xã Thái Tân,false,31,10642,Xã Thái Tân
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10645,Xã An Phú,false,31,10645,Xã An Phú
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10654,Xã Hồng Phong,false,31,10606,Xã Nam Sách
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10657,Xã Đồng Lạc,false,31,10606,Xã Nam Sách
30,Tỉnh Hải Dương,291,Huyện Nam Sách,10666,Xã Minh Tân,false,31,10642,Xã Thái Tân
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10675,Phường An Lưu,false,31,10675,Phường Kinh Môn
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10678,Xã Bạch Đằng,false,31,10678,Phường Bắc An Phụ
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10681,Phường Thất Hùng,false,31,10678,Phường Bắc An Phụ
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10684,Xã Lê Ninh,false,31,10678,Phường Bắc An Phụ
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10693,Phường Phạm Thái,false,31,10726,Phường Phạm Sư Mạnh
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10696,Phường Duy Tân,false,31,10714,Phường Nhị Chiểu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10699,Phường Tân Dân,false,31,10714,Phường Nhị Chiểu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10702,Phường Minh Tân,false,31,10714,Phường Nhị Chiểu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10705,Xã Quang Thành,false,31,10705,Xã Nam An Phụ
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10708,Xã Hiệp Hòa,false,31,10729,Phường Trần Liễu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10714,Phường Phú Thứ,false,31,10714,Phường Nhị Chiểu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10717,Xã Thăng Long,false,31,10705,Xã Nam An Phụ
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10720,Xã Lạc Long,false,31,10705,Xã Nam An Phụ
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10723,Phường An Sinh,false,31,10726,Phường Phạm Sư Mạnh
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10726,Phường Hiệp Sơn,false,31,10726,Phường Phạm Sư Mạnh
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10729,Xã Thượng Quận,true,31,10750,Xã Phú Thái
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10729,Xã Thượng Quận,true,31,10729,Phường Trần Liễu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10732,Phường An Phụ,false,31,10729,Phường Trần Liễu
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10735,Phường Hiệp An,false,31,10675,Phường Kinh Môn
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10738,Phường Long Xuyên,false,31,10675,Phường Kinh Môn
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10741,Phường Thái Thịnh,false,31,10744,Phường Nguyễn Đại Năng
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10744,Phường Hiến Thành,false,31,10744,Phường Nguyễn Đại Năng
30,Tỉnh Hải Dương,292,Thị xã Kinh Môn,10747,Xã Minh Hòa,false,31,10744,Phường Nguyễn Đại Năng
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10750,Thị trấn Phú Thái,false,31,10750,Xã Phú Thái
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10756,Xã Lai Khê,false,31,10756,Xã Lai Khê
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10762,Xã Vũ Dũng,true,31,10756,Xã Lai Khê
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10762,Xã Vũ Dũng,true,31,10705,Xã Nam An Phụ
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10768,Xã Tuấn Việt,true,31,10756,Xã Lai Khê
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10768,Xã Tuấn Việt,true,31,10705,Xã Nam An Phụ
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10771,Xã Kim Xuyên,false,31,10750,Xã Phú Thái
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10777,Xã Ngũ Phúc,false,31,10792,Xã An Thành
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10780,Xã Kim Anh,false,31,10750,Xã Phú Thái
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10783,Xã Kim Liên,false,31,10750,Xã Phú Thái
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10786,Xã Kim Tân,false,31,10792,Xã An Thành
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10792,Xã Kim Đính,false,31,10792,Xã An Thành
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10798,Xã Hòa Bình,true,31,10843,Xã Hà Nam
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10798,Xã Hòa Bình,true,31,10804,Xã Kim Thành
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10798,Xã Hòa Bình,true,31,11911,Xã Nguyễn Bỉnh Khiêm
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10801,Xã Tam Kỳ,false,31,10804,Xã Kim Thành
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10804,Xã Đồng Cẩm,false,31,10804,Xã Kim Thành
30,Tỉnh Hải Dương,293,Huyện Kim Thành,10810,Xã Đại Đức,false,31,10804,Xã Kim Thành
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10813,Thị trấn Thanh Hà,false,31,10813,Xã Thanh Hà
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10816,Xã Hồng Lạc,true,31,10660,Phường Ái Quốc
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10816,Xã Hồng Lạc,true,31,10816,Xã Hà Bắc
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10825,Xã Tân Việt,false,31,10816,Xã Hà Bắc
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10828,Xã Cẩm Việt,true,31,10816,Xã Hà Bắc
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10828,Xã Cẩm Việt,true,31,10756,Xã Lai Khê
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10831,Xã Thanh An,true,31,10843,Xã Hà Nam
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10831,Xã Thanh An,true,31,10756,Xã Lai Khê
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10834,Xã Thanh Lang,false,31,10843,Xã Hà Nam
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10840,Xã Tân An,false,31,10846,Xã Hà Tây
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10843,Xã Liên Mạc,false,31,10843,Xã Hà Nam
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10846,Xã Thanh Hải,true,31,10846,Xã Hà Tây
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10846,Xã Thanh Hải,true,31,11086,Xã Đại Sơn
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10855,Xã Thanh Xuân,false,31,10843,Xã Hà Nam
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10861,Xã Thanh Tân,false,31,10813,Xã Thanh Hà
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10864,Xã An Phượng,false,31,10846,Xã Hà Tây
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10867,Xã Thanh Sơn,false,31,10813,Xã Thanh Hà
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10876,Xã Thanh Quang,false,31,10882,Xã Hà Đông
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10879,Xã Thanh Hồng,false,31,10882,Xã Hà Đông
30,Tỉnh Hải Dương,294,Huyện Thanh Hà,10882,Xã Vĩnh Cường,false,31,10882,Xã Hà Đông
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10888,Thị trấn Cẩm Giang,false,31,10888,Xã Cẩm Giang
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10891,Thị trấn Lai Cách,true,31,10891,Phường Tứ Minh
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10891,Thị trấn Lai Cách,true,31,10543,Phường Việt Hòa
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10894,Xã Cẩm Hưng,false,31,10903,Xã Cẩm Giàng
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10897,Xã Cẩm Hoàng,false,31,10888,Xã Cẩm Giang
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10900,Xã Cẩm Văn,false,31,10909,Xã Tuệ Tĩnh
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10903,Xã Ngọc Liên,false,31,10903,Xã Cẩm Giàng
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10909,Xã Cẩm Vũ,false,31,10909,Xã Tuệ Tĩnh
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10912,Xã Đức Chính,false,31,10909,Xã Tuệ Tĩnh
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10918,Xã Định Sơn,false,31,10888,Xã Cẩm Giang
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10924,Xã Lương Điền,false,31,10903,Xã Cẩm Giàng
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10927,Xã Cao An,false,31,10543,Phường Việt Hòa
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10930,Xã Tân Trường,false,31,10930,Xã Mao Điền
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10933,Xã Phúc Điền,true,31,10903,Xã Cẩm Giàng
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10933,Xã Phúc Điền,true,31,10930,Xã Mao Điền
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10939,Xã Cẩm Đông,false,31,10930,Xã Mao Điền
30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10942,Xã Cẩm Đoài,false,31,10891,Phường Tứ Minh
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10945,Thị trấn Kẻ Sặt,false,31,10945,Xã Kẻ Sặt
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10951,Xã Vĩnh Hưng,false,31,10945,Xã Kẻ Sặt
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10954,Xã Hùng Thắng,false,31,10945,Xã Kẻ Sặt
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10960,Xã Vĩnh Hồng,true,31,10966,Xã Bình Giang
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10960,Xã Vĩnh Hồng,true,31,10945,Xã Kẻ Sặt
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10963,Xã Long Xuyên,false,31,10966,Xã Bình Giang
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10966,Xã Tân Việt,false,31,10966,Xã Bình Giang
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10969,Xã Thúc Kháng,true,31,10972,Xã Đường An
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10969,Xã Thúc Kháng,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10972,Xã Tân Hồng,true,31,10972,Xã Đường An
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10972,Xã Tân Hồng,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10978,Xã Hồng Khê,false,31,10966,Xã Bình Giang
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10981,Xã Thái Minh,true,31,10972,Xã Đường An
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10981,Xã Thái Minh,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10984,Xã Cổ Bì,false,31,10966,Xã Bình Giang
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10987,Xã Nhân Quyền,false,31,11242,Xã Nguyễn Lương Bằng
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10990,Xã Thái Dương,true,31,10972,Xã Đường An
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10990,Xã Thái Dương,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10993,Xã Thái Hòa,true,31,10972,Xã Đường An
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10993,Xã Thái Hòa,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,296,Huyện Bình Giang,10996,Xã Bình Xuyên,false,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,10999,Thị trấn Gia Lộc,true,31,10999,Xã Gia Lộc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,10999,Thị trấn Gia Lộc,true,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11008,Xã Thống Nhất,true,31,11020,Xã Yết Kiêu
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11008,Xã Thống Nhất,true,31,11002,Phường Thạch Khôi
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11020,Xã Yết Kiêu,true,31,10999,Xã Gia Lộc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11020,Xã Yết Kiêu,true,31,11020,Xã Yết Kiêu
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11035,Xã Gia Phúc,true,31,10999,Xã Gia Lộc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11035,Xã Gia Phúc,true,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11038,Xã Gia Tiến,false,31,10999,Xã Gia Lộc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11041,Xã Lê Lợi,true,31,10999,Xã Gia Lộc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11041,Xã Lê Lợi,true,31,11020,Xã Yết Kiêu
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11044,Xã Toàn Thắng,false,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11047,Xã Hoàng Diệu,false,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11050,Xã Hồng Hưng,false,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11053,Xã Phạm Trấn,false,31,11065,Xã Trường Tân
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11056,Xã Đoàn Thượng,true,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11056,Xã Đoàn Thượng,true,31,11065,Xã Trường Tân
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11059,Xã Thống Kênh,true,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11059,Xã Thống Kênh,true,31,11065,Xã Trường Tân
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11065,Xã Nhật Quang,false,31,11065,Xã Trường Tân
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11071,Xã Quang Đức,true,31,11050,Xã Gia Phúc
30,Tỉnh Hải Dương,297,Huyện Gia Lộc,11071,Xã Quang Đức,true,31,11065,Xã Trường Tân
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11074,Thị trấn Tứ Kỳ,false,31,11074,Xã Tứ Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11083,Xã Đại Sơn,false,31,11086,Xã Đại Sơn
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11086,Xã Hưng Đạo,true,31,11086,Xã Đại Sơn
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11086,Xã Hưng Đạo,true,31,11113,Xã Tân Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11092,Xã Bình Lãng,false,31,11086,Xã Đại Sơn
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11095,Xã Chí Minh,false,31,11131,Xã Chí Minh
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11098,Xã Kỳ Sơn,false,31,11113,Xã Tân Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11101,Xã Quang Phục,false,31,11074,Xã Tứ Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11113,Xã Tân Kỳ,false,31,11113,Xã Tân Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11116,Xã Quang Khải,false,31,11074,Xã Tứ Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11119,Xã Đại Hợp,false,31,11113,Xã Tân Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11122,Xã Dân An,false,31,11113,Xã Tân Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11125,Xã An Thanh,false,31,11131,Xã Chí Minh
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11128,Xã Minh Đức,false,31,11074,Xã Tứ Kỳ
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11131,Xã Văn Tố,false,31,11131,Xã Chí Minh
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11134,Xã Quang Trung,false,31,11140,Xã Lạc Phượng
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11140,Xã Lạc Phượng,false,31,11140,Xã Lạc Phượng
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11143,Xã Tiên Động,true,31,11140,Xã Lạc Phượng
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11143,Xã Tiên Động,true,31,11146,Xã Nguyên Giáp
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11146,Xã Nguyên Giáp,false,31,11146,Xã Nguyên Giáp
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11149,Xã Hà Kỳ,false,31,11146,Xã Nguyên Giáp
30,Tỉnh Hải Dương,298,Huyện Tứ Kỳ,11152,Xã Hà Thanh,false,31,11146,Xã Nguyên Giáp
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11161,Xã Ứng Hòe,false,31,11164,Xã Vĩnh Lại
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11164,Xã Nghĩa An,false,31,11164,Xã Vĩnh Lại
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11167,Xã Đức Phúc,false,31,11167,Xã Tân An
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11173,Xã An Đức,false,31,11167,Xã Tân An
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11179,Xã Tân Hương,false,31,11164,Xã Vĩnh Lại
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11185,Xã Vĩnh Hòa,false,31,11203,Xã Ninh Giang
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11188,Xã Bình Xuyên,false,31,11224,Xã Khúc Thừa Dụ
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11197,Xã Tân Phong,false,31,11167,Xã Tân An
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11203,Thị trấn Ninh Giang,false,31,11203,Xã Ninh Giang
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11206,Xã Tân Quang,false,31,11218,Xã Hồng Châu
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11215,Xã Hồng Dụ,false,31,11203,Xã Ninh Giang
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11218,Xã Văn Hội,false,31,11218,Xã Hồng Châu
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11224,Xã Hồng Phong,false,31,11224,Xã Khúc Thừa Dụ
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11227,Xã Hiệp Lực,false,31,11203,Xã Ninh Giang
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11230,Xã Kiến Phúc,false,31,11224,Xã Khúc Thừa Dụ
30,Tỉnh Hải Dương,299,Huyện Ninh Giang,11233,Xã Hưng Long,false,31,11218,Xã Hồng Châu
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11239,Thị trấn Thanh Miện,true,31,11239,Xã Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11239,Thị trấn Thanh Miện,true,31,11065,Xã Trường Tân
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11242,Xã Thanh Tùng,true,31,11242,Xã Nguyễn Lương Bằng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11242,Xã Thanh Tùng,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11245,Xã Phạm Kha,false,31,11242,Xã Nguyễn Lương Bằng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11248,Xã Ngô Quyền,false,31,11257,Xã Hải Hưng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11251,Xã Đoàn Tùng,true,31,11242,Xã Nguyễn Lương Bằng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11251,Xã Đoàn Tùng,true,31,10993,Xã Thượng Hồng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11254,Xã Hồng Quang,false,31,11254,Xã Bắc Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11257,Xã Tân Trào,false,31,11257,Xã Hải Hưng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11260,Xã Lam Sơn,false,31,11254,Xã Bắc Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11263,Xã Đoàn Kết,false,31,11257,Xã Hải Hưng
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11266,Xã Lê Hồng,false,31,11254,Xã Bắc Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11269,Xã Tứ Cường,false,31,11239,Xã Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11275,Xã Ngũ Hùng,false,31,11239,Xã Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11278,Xã Cao Thắng,false,31,11239,Xã Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11281,Xã Chi Lăng Bắc,false,31,11284,Xã Nam Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11284,Xã Chi Lăng Nam,false,31,11284,Xã Nam Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11287,Xã Thanh Giang,false,31,11284,Xã Nam Thanh Miện
30,Tỉnh Hải Dương,300,Huyện Thanh Miện,11293,Xã Hồng Phong,false,31,11284,Xã Nam Thanh Miện
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11296,Phường Quán Toan,false,31,11602,Phường Hồng An
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11299,Phường Hùng Vương,false,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11302,Phường Sở Dầu,false,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11305,Phường Thượng Lý,false,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11311,Phường Minh Khai,false,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11320,Phường Hoàng Văn Thụ,false,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11323,Phường Phan Bội Châu,false,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11587,Phường Đại Bản,true,31,11593,Phường An Phong
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11587,Phường Đại Bản,true,31,11602,Phường Hồng An
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11599,Phường An Hưng,true,31,11581,Phường An Dương
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11599,Phường An Hưng,true,31,11602,Phường Hồng An
31,Thành phố Hải Phòng,303,Quận Hồng Bàng,11602,Phường An Hồng,false,31,11602,Phường Hồng An
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11329,Phường Máy Chai,false,31,11329,Phường Ngô Quyền
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11335,Phường Vạn Mỹ,false,31,11329,Phường Ngô Quyền
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11338,Phường Cầu Tre,false,31,11329,Phường Ngô Quyền
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11341,Phường Gia Viên,true,31,11359,Phường Gia Viên
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11341,Phường Gia Viên,true,31,11311,Phường Hồng Bàng
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11341,Phường Gia Viên,true,31,11329,Phường Ngô Quyền
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11344,Phường Cầu Đất,true,31,11359,Phường Gia Viên
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11344,Phường Cầu Đất,true,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11350,Phường Đông Khê,true,31,11359,Phường Gia Viên
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11350,Phường Đông Khê,true,31,11329,Phường Ngô Quyền
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11359,Phường Đằng Giang,false,31,11359,Phường Gia Viên
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11365,Phường Lạch Tray,true,31,11359,Phường Gia Viên
31,Thành phố Hải Phòng,304,Quận Ngô Quyền,11365,Phường Lạch Tray,true,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,305,Quận Lê Chân,11371,Phường An Biên,true,31,11407,Phường An Biên
31,Thành phố Hải Phòng,305,Quận Lê Chân,11371,Phường An Biên,true,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,305,Quận Lê Chân,11383,Phường Trần Nguyên Hãn,true,31,11407,Phường An Biên
31,Thành phố Hải Phòng,305,Quận Lê Chân,11383,Phường Trần Nguyên Hãn,true,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,305,Quận Lê Chân,11395,Phường Hàng Kênh,false,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,305,Quận Lê Chân,11401,Phường An Dương,false,31,11407,Phường An Biên
31,Thành phố Hải Phòng,305,Quận Lê Chân,11404,Phường Dư Hàng Kênh,false,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,305,Quận Lê Chân,11405,Phường Kênh Dương,false,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,305,Quận Lê Chân,11407,Phường Vĩnh Niệm,true,31,11407,Phường An Biên
31,Thành phố Hải Phòng,305,Quận Lê Chân,11407,Phường Vĩnh Niệm,true,31,11383,Phường Lê Chân
31,Thành phố Hải Phòng,306,Quận Hải An,11410,Phường Đông Hải 1,false,31,11411,Phường Đông Hải
31,Thành phố Hải Phòng,306,Quận Hải An,11411,Phường Đông Hải 2,true,31,11411,Phường Đông Hải
31,Thành phố Hải Phòng,306,Quận Hải An,11411,Phường Đông Hải 2,true,31,11413,Phường Hải An
31,Thành phố Hải Phòng,306,Quận Hải An,11413,Phường Đằng Lâm,false,31,11413,Phường Hải An
31,Thành phố Hải Phòng,306,Quận Hải An,11414,Phường Thành Tô,false,31,11413,Phường Hải An
31,Thành phố Hải Phòng,306,Quận Hải An,11416,Phường Đằng Hải,false,31,11413,Phường Hải An
31,Thành phố Hải Phòng,306,Quận Hải An,11419,Phường Nam Hải,true,31,11411,Phường Đông Hải
31,Thành phố Hải Phòng,306,Quận Hải An,11419,Phường Nam Hải,true,31,11413,Phường Hải An
31,Thành phố Hải Phòng,306,Quận Hải An,11422,Phường Cát Bi,false,31,11413,Phường Hải An
31,Thành phố Hải Phòng,306,Quận Hải An,11425,Phường Tràng Cát,false,31,11413,Phường Hải An
31,Thành phố Hải Phòng,307,Quận Kiến An,11431,Phường Đồng Hòa,true,31,11443,Phường Kiến An
31,Thành phố Hải Phòng,307,Quận Kiến An,11431,Phường Đồng Hòa,true,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,307,Quận Kiến An,11434,Phường Bắc Sơn,true,31,11443,Phường Kiến An
31,Thành phố Hải Phòng,307,Quận Kiến An,11434,Phường Bắc Sơn,true,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,307,Quận Kiến An,11437,Phường Nam Sơn,true,31,11443,Phường Kiến An
31,Thành phố Hải Phòng,307,Quận Kiến An,11437,Phường Nam Sơn,true,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,307,Quận Kiến An,11440,Phường Ngọc Sơn,false,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,307,Quận Kiến An,11443,Phường Trần Thành Ngọ,true,31,11443,Phường Kiến An
31,Thành phố Hải Phòng,307,Quận Kiến An,11443,Phường Trần Thành Ngọ,true,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,307,Quận Kiến An,11446,Phường Văn Đẩu,true,31,11443,Phường Kiến An
31,Thành phố Hải Phòng,307,Quận Kiến An,11446,Phường Văn Đẩu,true,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,307,Quận Kiến An,11449,Phường Bắc Hà,false,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11455,Phường Ngọc Xuyên,true,31,11455,Phường Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11455,Phường Ngọc Xuyên,true,31,11737,Phường Nam Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11458,Phường Hải Sơn,false,31,11455,Phường Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11461,Phường Vạn Hương,true,31,11455,Phường Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11461,Phường Vạn Hương,true,31,11737,Phường Nam Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11465,Phường Minh Đức,false,31,11737,Phường Nam Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11467,Phường Bàng La,false,31,11737,Phường Nam Đồ Sơn
31,Thành phố Hải Phòng,308,Quận Đồ Sơn,11737,Phường Hợp Đức,false,31,11737,Phường Nam Đồ Sơn
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11683,Phường Đa Phúc,false,31,11689,Phường Hưng Đạo
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11686,Phường Hưng Đạo,false,31,11689,Phường Hưng Đạo
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11689,Phường Anh Dũng,true,31,11692,Phường Dương Kinh
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11689,Phường Anh Dũng,true,31,11689,Phường Hưng Đạo
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11692,Phường Hải Thành,true,31,11692,Phường Dương Kinh
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11692,Phường Hải Thành,true,31,11689,Phường Hưng Đạo
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11707,Phường Hòa Nghĩa,false,31,11692,Phường Dương Kinh
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11740,Phường Tân Thành,true,31,11455,Phường Đồ Sơn
31,Thành phố Hải Phòng,309,Quận Dương Kinh,11740,Phường Tân Thành,true,31,11692,Phường Dương Kinh
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11473,Phường Minh Đức,false,31,11473,Phường Bạch Đằng
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11485,Xã Liên Xuân,true,31,11488,Phường Lưu Kiếm
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11485,Xã Liên Xuân,true,31,11503,Xã Việt Khê
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11488,Phường Lưu Kiếm,false,31,11488,Phường Lưu Kiếm
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11500,Xã Bạch Đằng,false,31,11473,Phường Bạch Đằng
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11503,Xã Ninh Sơn,false,31,11503,Xã Việt Khê
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11506,Phường Quảng Thanh,false,31,11506,Phường Lê Ích Mộc
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11512,Phường Trần Hưng Đạo,false,31,11488,Phường Lưu Kiếm
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11518,Xã Quang Trung,true,31,11506,Phường Lê Ích Mộc
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11518,Xã Quang Trung,true,31,11488,Phường Lưu Kiếm
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11521,Phường Lê Hồng Phong,true,31,11506,Phường Lê Ích Mộc
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11521,Phường Lê Hồng Phong,true,31,11557,Phường Thiên Hương
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11527,Phường Hòa Bình,false,31,11533,Phường Hòa Bình
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11530,Phường Thủy Hà,true,31,11533,Phường Hòa Bình
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11530,Phường Thủy Hà,true,31,11560,Phường Thủy Nguyên
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11533,Phường An Lư,true,31,11533,Phường Hòa Bình
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11533,Phường An Lư,true,31,11560,Phường Thủy Nguyên
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11539,Phường Phạm Ngũ Lão,false,31,11473,Phường Bạch Đằng
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11542,Phường Nam Triệu Giang,false,31,11542,Phường Nam Triệu
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11545,Phường Tam Hưng,false,31,11542,Phường Nam Triệu
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11551,Phường Lập Lễ,false,31,11542,Phường Nam Triệu
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11557,Phường Thiên Hương,false,31,11557,Phường Thiên Hương
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11560,Phường Thủy Đường,false,31,11560,Phường Thủy Nguyên
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11569,Phường Hoàng Lâm,false,31,11557,Phường Thiên Hương
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11572,Phường Hoa Động,true,31,11557,Phường Thiên Hương
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11572,Phường Hoa Động,true,31,11560,Phường Thủy Nguyên
31,Thành phố Hải Phòng,311,Thành phố Thủy Nguyên,11578,Phường Dương Quan,false,31,11560,Phường Thủy Nguyên
31,Thành phố Hải Phòng,312,Quận An Dương,11581,Phường Lê Lợi,true,31,11581,Phường An Dương
31,Thành phố Hải Phòng,312,Quận An Dương,11581,Phường Lê Lợi,true,31,11617,Phường An Hải
31,Thành phố Hải Phòng,312,Quận An Dương,11581,Phường Lê Lợi,true,31,11593,Phường An Phong
31,Thành phố Hải Phòng,312,Quận An Dương,11584,Phường Lê Thiện,true,31,11593,Phường An Phong
31,Thành phố Hải Phòng,312,Quận An Dương,11584,Phường Lê Thiện,true,31,11602,Phường Hồng An
31,Thành phố Hải Phòng,312,Quận An Dương,11590,Phường An Hòa,false,31,11593,Phường An Phong
31,Thành phố Hải Phòng,312,Quận An Dương,11593,Phường Hồng Phong,false,31,11593,Phường An Phong
31,Thành phố Hải Phòng,312,Quận An Dương,11596,Phường Tân Tiến,true,31,11581,Phường An Dương
31,Thành phố Hải Phòng,312,Quận An Dương,11596,Phường Tân Tiến,true,31,11593,Phường An Phong
31,Thành phố Hải Phòng,312,Quận An Dương,11596,Phường Tân Tiến,true,31,11602,Phường Hồng An
31,Thành phố Hải Phòng,312,Quận An Dương,11608,Phường Nam Sơn,false,31,11581,Phường An Dương
31,Thành phố Hải Phòng,312,Quận An Dương,11614,Phường An Hải,true,31,11581,Phường An Dương
31,Thành phố Hải Phòng,312,Quận An Dương,11614,Phường An Hải,true,31,11617,Phường An Hải
31,Thành phố Hải Phòng,312,Quận An Dương,11617,Phường Đồng Thái,true,31,11581,Phường An Dương
31,Thành phố Hải Phòng,312,Quận An Dương,11617,Phường Đồng Thái,true,31,11617,Phường An Hải
31,Thành phố Hải Phòng,312,Quận An Dương,11623,Phường An Đồng,false,31,11617,Phường An Hải
31,Thành phố Hải Phòng,312,Quận An Dương,11626,Phường Hồng Thái,false,31,11617,Phường An Hải
31,Thành phố Hải Phòng,313,Huyện An Lão,11629,Thị trấn An Lão,false,31,11629,Xã An Lão
31,Thành phố Hải Phòng,313,Huyện An Lão,11632,Xã Bát Trang,false,31,11635,Xã An Trường
31,Thành phố Hải Phòng,313,Huyện An Lão,11635,Xã Trường Thọ,false,31,11635,Xã An Trường
31,Thành phố Hải Phòng,313,Huyện An Lão,11638,Xã Trường Thành,false,31,11635,Xã An Trường
31,Thành phố Hải Phòng,313,Huyện An Lão,11641,Xã An Tiến,false,31,11629,Xã An Lão
31,Thành phố Hải Phòng,313,Huyện An Lão,11644,Xã Quang Hưng,false,31,11647,Xã An Quang
31,Thành phố Hải Phòng,313,Huyện An Lão,11647,Xã Quang Trung,false,31,11647,Xã An Quang
31,Thành phố Hải Phòng,313,Huyện An Lão,11650,Xã Quốc Tuấn,false,31,11647,Xã An Quang
31,Thành phố Hải Phòng,313,Huyện An Lão,11653,Xã An Thắng,false,31,11629,Xã An Lão
31,Thành phố Hải Phòng,313,Huyện An Lão,11656,Thị trấn Trường Sơn,true,31,11629,Xã An Lão
31,Thành phố Hải Phòng,313,Huyện An Lão,11656,Thị trấn Trường Sơn,true,31,11446,Phường Phù Liễn
31,Thành phố Hải Phòng,313,Huyện An Lão,11659,Xã Tân Dân,false,31,11629,Xã An Lão
31,Thành phố Hải Phòng,313,Huyện An Lão,11662,Xã Thái Sơn,true,31,11668,Xã An Khánh
31,Thành phố Hải Phòng,313,Huyện An Lão,11662,Xã Thái Sơn,true,31,11629,Xã An Lão
31,Thành phố Hải Phòng,313,Huyện An Lão,11665,Xã Tân Viên,false,31,11668,Xã An Khánh
31,Thành phố Hải Phòng,313,Huyện An Lão,11668,Xã Mỹ Đức,false,31,11668,Xã An Khánh
31,Thành phố Hải Phòng,313,Huyện An Lão,11671,Xã Chiến Thắng,false,31,11674,Xã An Hưng
31,Thành phố Hải Phòng,313,Huyện An Lão,11674,Xã An Thọ,false,31,11674,Xã An Hưng
31,Thành phố Hải Phòng,313,Huyện An Lão,11677,Xã An Thái,false,31,11674,Xã An Hưng
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11680,Thị trấn Núi Đối,false,31,11680,Xã Kiến Thụy
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11695,Xã Đông Phương,false,31,11725,Xã Kiến Minh
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11698,Xã Thuận Thiên,false,31,11680,Xã Kiến Thụy
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11701,Xã Hữu Bằng,false,31,11680,Xã Kiến Thụy
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11704,Xã Đại Đồng,false,31,11725,Xã Kiến Minh
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11710,Xã Ngũ Phúc,false,31,11713,Xã Nghi Dương
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11713,Xã Kiến Quốc,false,31,11713,Xã Nghi Dương
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11716,Xã Du Lễ,false,31,11713,Xã Nghi Dương
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11722,Xã Thanh Sơn,false,31,11680,Xã Kiến Thụy
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11725,Xã Minh Tân,false,31,11725,Xã Kiến Minh
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11728,Xã Kiến Hưng,true,31,11728,Xã Kiến Hưng
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11728,Xã Kiến Hưng,true,31,11680,Xã Kiến Thụy
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11734,Xã Tân Phong,false,31,11749,Xã Kiến Hải
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11743,Xã Tân Trào,false,31,11728,Xã Kiến Hưng
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11746,Xã Đoàn Xá,true,31,11749,Xã Kiến Hải
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11746,Xã Đoàn Xá,true,31,11728,Xã Kiến Hưng
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11749,Xã Tú Sơn,false,31,11749,Xã Kiến Hải
31,Thành phố Hải Phòng,314,Huyện Kiến Thụy,11752,Xã Đại Hợp,false,31,11749,Xã Kiến Hải
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11755,Thị trấn Tiên Lãng,false,31,11755,Xã Tiên Lãng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11758,Xã Đại Thắng,false,31,11761,Xã Quyết Thắng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11761,Xã Tiên Cường,false,31,11761,Xã Quyết Thắng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11764,Xã Tự Cường,false,31,11761,Xã Quyết Thắng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11770,Xã Quyết Tiến,false,31,11755,Xã Tiên Lãng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11773,Xã Khởi Nghĩa,false,31,11755,Xã Tiên Lãng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11776,Xã Tiên Thanh,false,31,11755,Xã Tiên Lãng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11779,Xã Cấp Tiến,false,31,11779,Xã Tân Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11782,Xã Kiến Thiết,false,31,11779,Xã Tân Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11785,Xã Đoàn Lập,false,31,11779,Xã Tân Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11791,Xã Tân Minh,true,31,11779,Xã Tân Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11791,Xã Tân Minh,true,31,11791,Xã Tiên Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11797,Xã Tiên Thắng,false,31,11791,Xã Tiên Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11800,Xã Tiên Minh,false,31,11791,Xã Tiên Minh
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11803,Xã Bắc Hưng,false,31,11806,Xã Chấn Hưng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11806,Xã Nam Hưng,false,31,11806,Xã Chấn Hưng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11809,Xã Hùng Thắng,false,31,11809,Xã Hùng Thắng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11812,Xã Tây Hưng,false,31,11806,Xã Chấn Hưng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11815,Xã Đông Hưng,false,31,11806,Xã Chấn Hưng
31,Thành phố Hải Phòng,315,Huyện Tiên Lãng,11821,Xã Vinh Quang,false,31,11809,Xã Hùng Thắng
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11824,Thị trấn Vĩnh Bảo,false,31,11824,Xã Vĩnh Bảo
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11827,Xã Dũng Tiến,false,31,11842,Xã Vĩnh Thuận
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11830,Xã Giang Biên,false,31,11842,Xã Vĩnh Thuận
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11833,Xã Thắng Thủy,false,31,11836,Xã Vĩnh Thịnh
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11836,Xã Trung Lập,false,31,11836,Xã Vĩnh Thịnh
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11839,Xã Việt Tiến,false,31,11836,Xã Vĩnh Thịnh
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11842,Xã Vĩnh An,false,31,11842,Xã Vĩnh Thuận
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11848,Xã Vĩnh Hòa,false,31,11848,Xã Vĩnh Hòa
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11851,Xã Hùng Tiến,false,31,11848,Xã Vĩnh Hòa
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11857,Xã Tân Hưng,false,31,11824,Xã Vĩnh Bảo
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11860,Xã Tân Liên,false,31,11824,Xã Vĩnh Bảo
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11866,Xã Vĩnh Hưng,false,31,11824,Xã Vĩnh Bảo
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11875,Xã Vĩnh Hải,false,31,11875,Xã Vĩnh Hải
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11881,Xã Liên Am,false,31,11887,Xã Vĩnh Am
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11884,Xã Lý Học,false,31,11911,Xã Nguyễn Bỉnh Khiêm
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11887,Xã Tam Cường,false,31,11887,Xã Vĩnh Am
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11890,Xã Hòa Bình,true,31,10843,Xã Hà Nam
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11890,Xã Hòa Bình,true,31,10804,Xã Kim Thành
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11890,Xã Hòa Bình,true,31,11911,Xã Nguyễn Bỉnh Khiêm
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11893,Xã Tiền Phong,false,31,11875,Xã Vĩnh Hải
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11902,Xã Cao Minh,false,31,11887,Xã Vĩnh Am
31,Thành phố Hải Phòng,316,Huyện Vĩnh Bảo,11911,Xã Trấn Dương,false,31,11911,Xã Nguyễn Bỉnh Khiêm
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11914,Thị trấn Cát Bà,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11917,Thị trấn Cát Hải,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11920,Xã Nghĩa Lộ,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11923,Xã Đồng Bài,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11926,Xã Hoàng Châu,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11929,Xã Văn Phong,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11932,Xã Phù Long,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11935,Xã Gia Luận,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11938,Xã Hiền Hào,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11941,Xã Trân Châu,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11944,Xã Việt Hải,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,317,Huyện Cát Hải,11947,Xã Xuân Đám,false,31,11914,Đặc khu Cát Hải
31,Thành phố Hải Phòng,318,Huyện Bạch Long Vĩ,,,false,31,11948,Đặc khu Bạch Long Vĩ
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11950,Phường Lam Sơn,false,33,11983,Phường Sơn Nam
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11953,Phường Hiến Nam,false,33,11953,Phường Phố Hiến
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11956,Phường An Tảo,false,33,11953,Phường Phố Hiến
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11959,Phường Lê Lợi,false,33,11953,Phường Phố Hiến
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11962,Phường Minh Khai,false,33,11953,Phường Phố Hiến
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11968,Phường Hồng Châu,false,33,11980,Phường Hồng Châu
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11971,Xã Trung Nghĩa,false,33,11953,Phường Phố Hiến
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11974,Xã Liên Phương,false,33,11953,Phường Phố Hiến
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11977,Xã Phương Nam,false,33,11977,Xã Tân Hưng
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11980,Xã Quảng Châu,false,33,11980,Phường Hồng Châu
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,11983,Xã Bảo Khê,false,33,11983,Phường Sơn Nam
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,12331,Xã Phú Cường,false,33,11983,Phường Sơn Nam
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,12334,Xã Hùng Cường,false,33,11983,Phường Sơn Nam
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,12385,Xã Tân Hưng,false,33,11977,Xã Tân Hưng
33,Tỉnh Hưng Yên,323,Thành phố Hưng Yên,12388,Xã Hoàng Hanh,false,33,11980,Phường Hồng Châu
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh,false,33,12004,Xã Như Quỳnh
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11989,Xã Lạc Đạo,true,33,11995,Xã Đại Đồng
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11989,Xã Lạc Đạo,true,33,11992,Xã Lạc Đạo
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11992,Xã Chỉ Đạo,false,33,11992,Xã Lạc Đạo
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11995,Xã Đại Đồng,false,33,11995,Xã Đại Đồng
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11998,Xã Việt Hưng,false,33,11995,Xã Đại Đồng
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12001,Xã Tân Quang,false,33,12004,Xã Như Quỳnh
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12004,Xã Đình Dù,true,33,11995,Xã Đại Đồng
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12004,Xã Đình Dù,true,33,12004,Xã Như Quỳnh
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12007,Xã Minh Hải,false,33,11992,Xã Lạc Đạo
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12010,Xã Lương Tài,false,33,11995,Xã Đại Đồng
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12013,Xã Trưng Trắc,false,33,12004,Xã Như Quỳnh
33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12016,Xã Lạc Hồng,false,33,12004,Xã Như Quỳnh
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12019,Thị trấn Văn Giang,false,33,12019,Xã Văn Giang
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12022,Xã Xuân Quan,false,33,12025,Xã Phụng Công
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12025,Xã Cửu Cao,false,33,12025,Xã Phụng Công
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12028,Xã Phụng Công,false,33,12025,Xã Phụng Công
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12031,Xã Nghĩa Trụ,false,33,12031,Xã Nghĩa Trụ
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12034,Xã Long Hưng,false,33,12031,Xã Nghĩa Trụ
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12037,Xã Vĩnh Khúc,false,33,12031,Xã Nghĩa Trụ
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12040,Xã Liên Nghĩa,false,33,12019,Xã Văn Giang
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12043,Xã Tân Tiến,false,33,12019,Xã Văn Giang
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12046,Xã Thắng Lợi,false,33,12049,Xã Mễ Sở
33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12049,Xã Mễ Sở,false,33,12049,Xã Mễ Sở
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12052,Thị trấn Yên Mỹ,false,33,12073,Xã Yên Mỹ
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12055,Xã Nguyễn Văn Linh,false,33,12064,Xã Nguyễn Văn Linh
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12061,Xã Đồng Than,false,33,12070,Xã Hoàn Long
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12064,Xã Ngọc Long,false,33,12064,Xã Nguyễn Văn Linh
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12067,Xã Liêu Xá,false,33,12064,Xã Nguyễn Văn Linh
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12070,Xã Hoàn Long,false,33,12070,Xã Hoàn Long
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12073,Xã Tân Lập,false,33,12073,Xã Yên Mỹ
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12076,Xã Thanh Long,false,33,12091,Xã Việt Yên
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12079,Xã Yên Phú,false,33,12091,Xã Việt Yên
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12085,Xã Trung Hòa,false,33,12073,Xã Yên Mỹ
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12091,Xã Việt Yên,false,33,12091,Xã Việt Yên
33,Tỉnh Hưng Yên,327,Huyện Yên Mỹ,12100,Xã Tân Minh,false,33,12073,Xã Yên Mỹ
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12103,Phường Bần Yên Nhân,false,33,12103,Phường Mỹ Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12106,Phường Phan Đình Phùng,false,33,12103,Phường Mỹ Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12109,Xã Cẩm Xá,false,33,12103,Phường Mỹ Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12112,Xã Dương Quang,false,33,12127,Phường Thượng Hồng
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12115,Xã Hòa Phong,false,33,12127,Phường Thượng Hồng
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12118,Phường Nhân Hòa,false,33,12103,Phường Mỹ Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12121,Phường Dị Sử,false,33,12133,Phường Đường Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12124,Phường Bạch Sam,false,33,12127,Phường Thượng Hồng
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12127,Phường Minh Đức,false,33,12127,Phường Thượng Hồng
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12130,Phường Phùng Chí Kiên,false,33,12133,Phường Đường Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12133,Xã Xuân Dục,false,33,12133,Phường Đường Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12136,Xã Ngọc Lâm,false,33,12133,Phường Đường Hào
33,Tỉnh Hưng Yên,328,Thị xã Mỹ Hào,12139,Xã Hưng Long,false,33,12133,Phường Đường Hào
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12142,Thị trấn Ân Thi,false,33,12142,Xã Ân Thi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12145,Xã Phù Ủng,false,33,12148,Xã Phạm Ngũ Lão
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12148,Xã Bắc Sơn,false,33,12148,Xã Phạm Ngũ Lão
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12151,Xã Bãi Sậy,false,33,12148,Xã Phạm Ngũ Lão
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12154,Xã Đào Dương,false,33,12148,Xã Phạm Ngũ Lão
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12157,Xã Quang Vinh,false,33,12142,Xã Ân Thi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12160,Xã Vân Du,false,33,12166,Xã Xuân Trúc
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12166,Xã Xuân Trúc,false,33,12166,Xã Xuân Trúc
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12169,Xã Hoàng Hoa Thám,false,33,12142,Xã Ân Thi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12172,Xã Quảng Lãng,false,33,12166,Xã Xuân Trúc
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12175,Xã Đa Lộc,false,33,12184,Xã Nguyễn Trãi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12178,Xã Đặng Lễ,false,33,12184,Xã Nguyễn Trãi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12181,Xã Cẩm Ninh,false,33,12184,Xã Nguyễn Trãi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12184,Xã Nguyễn Trãi,false,33,12184,Xã Nguyễn Trãi
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12190,Xã Hồ Tùng Mậu,false,33,12196,Xã Hồng Quang
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12193,Xã Tiền Phong,false,33,12196,Xã Hồng Quang
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12196,Xã Hồng Quang,false,33,12196,Xã Hồng Quang
33,Tỉnh Hưng Yên,329,Huyện Ân Thi,12202,Xã Hạ Lễ,false,33,12196,Xã Hồng Quang
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12205,Thị trấn Khoái Châu,false,33,12205,Xã Khoái Châu
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12208,Xã Đông Tảo,false,33,12070,Xã Hoàn Long
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12211,Xã Bình Minh,false,33,12049,Xã Mễ Sở
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12214,Xã Phạm Hồng Thái,false,33,12223,Xã Triệu Việt Vương
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12220,Xã Ông Đình,false,33,12223,Xã Triệu Việt Vương
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12223,Xã Tân Dân,false,33,12223,Xã Triệu Việt Vương
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12226,Xã Tứ Dân,false,33,12247,Xã Châu Ninh
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12229,Xã An Vĩ,false,33,12223,Xã Triệu Việt Vương
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12232,Xã Đông Kết,false,33,12205,Xã Khoái Châu
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12238,Xã Dân Tiến,false,33,12238,Xã Việt Tiến
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12244,Xã Đồng Tiến,false,33,12238,Xã Việt Tiến
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12247,Xã Tân Châu,false,33,12247,Xã Châu Ninh
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12250,Xã Liên Khê,false,33,12205,Xã Khoái Châu
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12253,Xã Phùng Hưng,false,33,12205,Xã Khoái Châu
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12256,Xã Việt Hòa,false,33,12238,Xã Việt Tiến
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12259,Xã Đông Ninh,false,33,12247,Xã Châu Ninh
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12262,Xã Đại Tập,false,33,12247,Xã Châu Ninh
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12265,Xã Chí Minh,false,33,12271,Xã Chí Minh
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12271,Xã Thuần Hưng,false,33,12271,Xã Chí Minh
33,Tỉnh Hưng Yên,330,Huyện Khoái Châu,12274,Xã Nguyễn Huệ,false,33,12271,Xã Chí Minh
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12280,Thị trấn Lương Bằng,false,33,12280,Xã Lương Bằng
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12283,Xã Nghĩa Dân,false,33,12286,Xã Nghĩa Dân
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12286,Xã Toàn Thắng,false,33,12286,Xã Nghĩa Dân
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12289,Xã Vĩnh Xá,false,33,12286,Xã Nghĩa Dân
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12292,Xã Phạm Ngũ Lão,false,33,12280,Xã Lương Bằng
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12295,Xã Phú Thọ,false,33,12313,Xã Đức Hợp
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12298,Xã Đồng Thanh,false,33,12286,Xã Nghĩa Dân
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12301,Xã Song Mai,false,33,12322,Xã Hiệp Cường
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12304,Xã Chính Nghĩa,false,33,12280,Xã Lương Bằng
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12313,Xã Mai Động,false,33,12313,Xã Đức Hợp
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12316,Xã Đức Hợp,false,33,12313,Xã Đức Hợp
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12319,Xã Hùng An,false,33,12322,Xã Hiệp Cường
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12322,Xã Ngọc Thanh,true,33,12322,Xã Hiệp Cường
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12322,Xã Ngọc Thanh,true,33,11983,Phường Sơn Nam
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12325,Xã Diên Hồng,false,33,12280,Xã Lương Bằng
33,Tỉnh Hưng Yên,331,Huyện Kim Động,12328,Xã Hiệp Cường,false,33,12322,Xã Hiệp Cường
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12337,Thị trấn Vương,false,33,12337,Xã Hoàng Hoa Thám
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12340,Xã Hưng Đạo,false,33,12337,Xã Hoàng Hoa Thám
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12346,Xã Nhật Tân,false,33,12337,Xã Hoàng Hoa Thám
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12352,Xã Lệ Xá,false,33,12361,Xã Tiên Hoa
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12355,Xã An Viên,false,33,12337,Xã Hoàng Hoa Thám
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12361,Xã Trung Dũng,false,33,12361,Xã Tiên Hoa
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12364,Xã Hải Thắng,false,33,12364,Xã Tiên Lữ
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12367,Xã Thủ Sỹ,false,33,11977,Xã Tân Hưng
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12370,Xã Thiện Phiến,false,33,12364,Xã Tiên Lữ
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12373,Xã Thụy Lôi,false,33,12364,Xã Tiên Lữ
33,Tỉnh Hưng Yên,332,Huyện Tiên Lữ,12376,Xã Cương Chính,false,33,12361,Xã Tiên Hoa
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12391,Thị trấn Trần Cao,false,33,12391,Xã Quang Hưng
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12394,Xã Minh Tân,false,33,12391,Xã Quang Hưng
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12397,Xã Phan Sào Nam,false,33,12406,Xã Đoàn Đào
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12400,Xã Quang Hưng,false,33,12391,Xã Quang Hưng
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12403,Xã Minh Hoàng,false,33,12406,Xã Đoàn Đào
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12406,Xã Đoàn Đào,false,33,12406,Xã Đoàn Đào
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12409,Xã Tống Phan,false,33,12391,Xã Quang Hưng
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12412,Xã Đình Cao,false,33,12424,Xã Tiên Tiến
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12415,Xã Nhật Quang,false,33,12424,Xã Tiên Tiến
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12421,Xã Tam Đa,false,33,12427,Xã Tống Trân
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12424,Xã Tiên Tiến,false,33,12424,Xã Tiên Tiến
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12427,Xã Nguyên Hòa,false,33,12427,Xã Tống Trân
33,Tỉnh Hưng Yên,333,Huyện Phù Cừ,12430,Xã Tống Trân,false,33,12427,Xã Tống Trân
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12433,Phường Lê Hồng Phong,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12436,Phường Bồ Xuyên,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12439,Phường Đề Thám,false,33,12452,Phường Trần Hưng Đạo
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12442,Phường Kỳ Bá,false,33,12454,Phường Trần Lãm
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12445,Phường Quang Trung,false,33,12452,Phường Trần Hưng Đạo
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12448,Phường Phú Khánh,false,33,12466,Phường Vũ Phúc
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12451,Phường Tiền Phong,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12452,Phường Trần Hưng Đạo,false,33,12452,Phường Trần Hưng Đạo
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12454,Phường Trần Lãm,false,33,12454,Phường Trần Lãm
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12457,Xã Đông Hòa,false,33,12817,Phường Trà Lý
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12460,Phường Hoàng Diệu,false,33,12817,Phường Trà Lý
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12463,Xã Phú Xuân,false,33,12452,Phường Trần Hưng Đạo
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12466,Xã Vũ Phúc,false,33,12466,Phường Vũ Phúc
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12469,Xã Vũ Chính,false,33,12454,Phường Trần Lãm
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12817,Xã Đông Mỹ,false,33,12817,Phường Trà Lý
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,12820,Xã Đông Thọ,false,33,12817,Phường Trà Lý
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,13084,Xã Vũ Đông,false,33,12454,Phường Trần Lãm
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,13108,Xã Vũ Lạc,false,33,12454,Phường Trần Lãm
34,Tỉnh Thái Bình,336,Thành phố Thái Bình,13225,Xã Tân Bình,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12472,Thị trấn Quỳnh Côi,false,33,12472,Xã Quỳnh Phụ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12475,Xã An Khê,false,33,12499,Xã A Sào
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12478,Xã An Đồng,false,33,12499,Xã A Sào
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12481,Xã Quỳnh Hoa,false,33,12511,Xã Minh Thọ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12484,Xã Quỳnh Lâm,false,33,12517,Xã Ngọc Lâm
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12487,Xã Quỳnh Thọ,false,33,12511,Xã Minh Thọ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12490,Xã An Hiệp,false,33,12499,Xã A Sào
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12493,Xã Quỳnh Hoàng,false,33,12517,Xã Ngọc Lâm
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12496,Xã Quỳnh Giao,false,33,12511,Xã Minh Thọ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12499,Xã An Thái,false,33,12499,Xã A Sào
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12502,Xã An Cầu,false,33,12526,Xã Đồng Bằng
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12505,Xã Quỳnh Hồng,false,33,12472,Xã Quỳnh Phụ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12508,Xã Quỳnh Khê,false,33,12532,Xã Nguyễn Du
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12511,Xã Quỳnh Minh,false,33,12511,Xã Minh Thọ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12514,Xã An Ninh,false,33,12523,Xã Phụ Dực
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12517,Xã Quỳnh Ngọc,false,33,12517,Xã Ngọc Lâm
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12520,Xã Quỳnh Hải,false,33,12472,Xã Quỳnh Phụ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12523,Thị trấn An Bài,false,33,12523,Xã Phụ Dực
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12526,Xã An Ấp,false,33,12526,Xã Đồng Bằng
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12529,Xã Quỳnh Hội,false,33,12472,Xã Quỳnh Phụ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12532,Xã Châu Sơn,false,33,12532,Xã Nguyễn Du
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12535,Xã Quỳnh Mỹ,false,33,12472,Xã Quỳnh Phụ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12538,Xã An Quý,false,33,12526,Xã Đồng Bằng
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12541,Xã An Thanh,false,33,12523,Xã Phụ Dực
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12547,Xã An Vũ,false,33,12523,Xã Phụ Dực
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12550,Xã An Lễ,false,33,12526,Xã Đồng Bằng
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12553,Xã Quỳnh Hưng,false,33,12472,Xã Quỳnh Phụ
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12559,Xã An Mỹ,false,33,12523,Xã Phụ Dực
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12562,Xã Quỳnh Nguyên,false,33,12532,Xã Nguyễn Du
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12565,Xã An Vinh,false,33,12577,Xã Quỳnh An
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12571,Xã An Dục,false,33,12583,Xã Tân Tiến
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12574,Xã Đông Hải,false,33,12577,Xã Quỳnh An
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12577,Xã Trang Bảo Xá,false,33,12577,Xã Quỳnh An
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12580,Xã An Tràng,false,33,12583,Xã Tân Tiến
34,Tỉnh Thái Bình,338,Huyện Quỳnh Phụ,12583,Xã Đồng Tiến,false,33,12583,Xã Tân Tiến
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12586,Thị trấn Hưng Hà,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12589,Xã Quang Trung,false,33,12619,Xã Diên Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12592,Xã Tân Lễ,false,33,12613,Xã Long Hưng
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12595,Xã Cộng Hòa,false,33,12595,Xã Ngự Thiên
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12601,Xã Canh Tân,false,33,12595,Xã Ngự Thiên
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12604,Xã Hòa Tiến,false,33,12595,Xã Ngự Thiên
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12610,Xã Tân Tiến,false,33,12634,Xã Tiên La
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12613,Thị trấn Hưng Nhân,false,33,12613,Xã Long Hưng
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12616,Xã Đoan Hùng,false,33,12634,Xã Tiên La
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12619,Xã Duyên Hải,false,33,12619,Xã Diên Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12622,Xã Tân Hòa,false,33,12595,Xã Ngự Thiên
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12625,Xã Văn Cẩm,false,33,12619,Xã Diên Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12628,Xã Bắc Sơn,false,33,12631,Xã Thần Khê
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12631,Xã Đông Đô,false,33,12631,Xã Thần Khê
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12634,Xã Phúc Khánh,false,33,12634,Xã Tiên La
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12637,Xã Liên Hiệp,false,33,12613,Xã Long Hưng
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12640,Xã Tây Đô,false,33,12631,Xã Thần Khê
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12643,Xã Thống Nhất,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12646,Xã Tiến Đức,false,33,12613,Xã Long Hưng
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12649,Xã Thái Hưng,false,33,12613,Xã Long Hưng
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12652,Xã Thái Phương,false,33,12634,Xã Tiên La
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12655,Xã Hòa Bình,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12656,Xã Chi Lăng,false,33,12631,Xã Thần Khê
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12658,Xã Minh Khai,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12661,Xã Hồng An,false,33,12676,Xã Lê Quý Đôn
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12664,Xã Kim Trung,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12667,Xã Hồng Lĩnh,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12670,Xã Minh Tân,false,33,12676,Xã Lê Quý Đôn
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12673,Xã Văn Lang,false,33,12586,Xã Hưng Hà
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12676,Xã Độc Lập,false,33,12676,Xã Lê Quý Đôn
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12679,Xã Chí Hòa,false,33,12685,Xã Hồng Minh
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12682,Xã Minh Hòa,false,33,12685,Xã Hồng Minh
34,Tỉnh Thái Bình,339,Huyện Hưng Hà,12685,Xã Hồng Minh,false,33,12685,Xã Hồng Minh
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12688,Thị trấn Đông Hưng,false,33,12688,Xã Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12694,Xã Đông Phương,false,33,12694,Xã Bắc Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12700,Xã Liên An Đô,false,33,12700,Xã Bắc Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12703,Xã Đông Sơn,false,33,12688,Xã Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12706,Xã Đông Cường,false,33,12694,Xã Bắc Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12709,Xã Phú Lương,false,33,12700,Xã Bắc Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12712,Xã Mê Linh,false,33,12700,Xã Bắc Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12715,Xã Lô Giang,false,33,12700,Xã Bắc Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12718,Xã Đông La,false,33,12688,Xã Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12721,Xã Minh Tân,false,33,12754,Xã Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12724,Xã Đông Xá,false,33,12694,Xã Bắc Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12730,Xã Nguyên Xá,false,33,12688,Xã Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12736,Xã Phong Dương Tiến,false,33,12736,Xã Đông Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12739,Xã Hồng Việt,false,33,12754,Xã Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12745,Xã Hà Giang,false,33,12745,Xã Bắc Đông Quan
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12748,Xã Đông Kinh,false,33,12745,Xã Bắc Đông Quan
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12751,Xã Đông Hợp,false,33,12688,Xã Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12754,Xã Thăng Long,false,33,12754,Xã Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12757,Xã Đông Các,false,33,12688,Xã Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12760,Xã Phú Châu,false,33,12736,Xã Đông Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12763,Xã Liên Hoa,false,33,12763,Xã Nam Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12769,Xã Đông Tân,false,33,12793,Xã Đông Quan
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12772,Xã Đông Vinh,false,33,12745,Xã Bắc Đông Quan
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12775,Xã Xuân Quang Động,false,33,12775,Xã Nam Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12778,Xã Hồng Bạch,false,33,12754,Xã Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12784,Xã Trọng Quan,false,33,12763,Xã Nam Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12790,Xã Hồng Giang,false,33,12763,Xã Nam Tiên Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12793,Xã Đông Quan,false,33,12793,Xã Đông Quan
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12802,Xã Đông Á,false,33,12793,Xã Đông Quan
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12808,Xã Đông Hoàng,false,33,12775,Xã Nam Đông Hưng
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12811,Xã Đông Dương,false,33,12817,Phường Trà Lý
34,Tỉnh Thái Bình,340,Huyện Đông Hưng,12823,Xã Minh Phú,false,33,12763,Xã Nam Tiên Hưng
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12826,Thị trấn Diêm Điền,false,33,12826,Xã Thái Thụy
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12832,Xã Thụy Trường,false,33,12862,Xã Đông Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12841,Xã Hồng Dũng,false,33,12862,Xã Đông Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12844,Xã Thụy Quỳnh,false,33,12859,Xã Bắc Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12847,Xã An Tân,false,33,12862,Xã Đông Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12850,Xã Thụy Ninh,false,33,12850,Xã Tây Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12853,Xã Thụy Hưng,false,33,12865,Xã Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12856,Xã Thụy Việt,false,33,12859,Xã Bắc Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12859,Xã Thụy Văn,false,33,12859,Xã Bắc Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12862,Xã Thụy Xuân,false,33,12862,Xã Đông Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12865,Xã Dương Phúc,false,33,12865,Xã Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12868,Xã Thụy Trình,false,33,12826,Xã Thái Thụy
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12871,Xã Thụy Bình,false,33,12826,Xã Thái Thụy
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12874,Xã Thụy Chính,false,33,12850,Xã Tây Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12877,Xã Thụy Dân,false,33,12850,Xã Tây Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12880,Xã Thụy Hải,false,33,12826,Xã Thái Thụy
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12889,Xã Thụy Liên,false,33,12826,Xã Thái Thụy
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12892,Xã Thụy Duyên,false,33,12904,Xã Nam Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12898,Xã Thụy Thanh,false,33,12904,Xã Nam Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12901,Xã Thụy Sơn,false,33,12865,Xã Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12904,Xã Thụy Phong,false,33,12904,Xã Nam Thụy Anh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12907,Xã Thái Thượng,false,33,12922,Xã Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12910,Xã Thái Nguyên,false,33,12922,Xã Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12916,Xã Dương Hồng Thủy,false,33,12916,Xã Bắc Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12919,Xã Thái Giang,false,33,12919,Xã Tây Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12922,Xã Hòa An,false,33,12922,Xã Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12925,Xã Sơn Hà,false,33,12919,Xã Tây Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12934,Xã Thái Phúc,false,33,12916,Xã Bắc Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12937,Xã Thái Hưng,false,33,12922,Xã Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12940,Xã Thái Đô,false,33,12943,Xã Đông Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12943,Xã Thái Xuyên,false,33,12943,Xã Đông Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12949,Xã Mỹ Lộc,false,33,12943,Xã Đông Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12958,Xã Tân Học,false,33,12943,Xã Đông Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12961,Xã Thái Thịnh,false,33,12961,Xã Nam Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12964,Xã Thuần Thành,false,33,12961,Xã Nam Thái Ninh
34,Tỉnh Thái Bình,341,Huyện Thái Thụy,12967,Xã Thái Thọ,false,33,12961,Xã Nam Thái Ninh
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12970,Thị trấn Tiền Hải,false,33,12970,Xã Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12976,Xã Đông Trà,false,33,12988,Xã Đông Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12979,Xã Đông Long,false,33,12988,Xã Đông Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12985,Xã Vũ Lăng,false,33,12970,Xã Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12988,Xã Đông Xuyên,false,33,12988,Xã Đông Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12991,Xã Tây Lương,false,33,12970,Xã Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12994,Xã Tây Ninh,false,33,12970,Xã Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,12997,Xã Đông Quang,false,33,12988,Xã Đông Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13000,Xã Đông Hoàng,false,33,13003,Xã Đồng Châu
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13003,Xã Đông Minh,false,33,13003,Xã Đồng Châu
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13012,Xã An Ninh,false,33,12970,Xã Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13018,Xã Đông Cơ,false,33,13003,Xã Đồng Châu
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13021,Xã Tây Giang,false,33,13021,Xã Ái Quốc
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13024,Xã Đông Lâm,false,33,13003,Xã Đồng Châu
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13027,Xã Phương Công,false,33,13039,Xã Tây Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13030,Xã Ái Quốc,false,33,13021,Xã Ái Quốc
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13036,Xã Nam Cường,false,33,13057,Xã Nam Cường
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13039,Xã Vân Trường,false,33,13039,Xã Tây Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13045,Xã Nam Chính,false,33,13057,Xã Nam Cường
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13048,Xã Bắc Hải,false,33,13039,Xã Tây Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13051,Xã Nam Thịnh,false,33,13057,Xã Nam Cường
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13054,Xã Nam Hà,false,33,13063,Xã Nam Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13057,Xã Nam Tiến,false,33,13057,Xã Nam Cường
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13060,Xã Nam Trung,false,33,13066,Xã Hưng Phú
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13063,Xã Nam Hồng,false,33,13063,Xã Nam Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13066,Xã Nam Hưng,false,33,13066,Xã Hưng Phú
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13069,Xã Nam Hải,false,33,13063,Xã Nam Tiền Hải
34,Tỉnh Thái Bình,342,Huyện Tiền Hải,13072,Xã Nam Phú,false,33,13066,Xã Hưng Phú
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13075,Thị trấn Kiến Xương,false,33,13075,Xã Kiến Xương
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13078,Xã Trà Giang,false,33,13093,Xã Trà Giang
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13081,Xã Quốc Tuấn,false,33,13093,Xã Trà Giang
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13087,Xã An Bình,false,33,13096,Xã Bình Nguyên
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13090,Xã Tây Sơn,false,33,12454,Phường Trần Lãm
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13093,Xã Hồng Thái,false,33,13093,Xã Trà Giang
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13096,Xã Bình Nguyên,false,33,13096,Xã Bình Nguyên
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13102,Xã Lê Lợi,false,33,13120,Xã Lê Lợi
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13111,Xã Vũ Lễ,false,33,13132,Xã Quang Lịch
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13114,Xã Thanh Tân,false,33,13096,Xã Bình Nguyên
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13120,Xã Thống Nhất,false,33,13120,Xã Lê Lợi
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13126,Xã Vũ Ninh,false,33,13141,Xã Vũ Quý
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13129,Xã Vũ An,false,33,13141,Xã Vũ Quý
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13132,Xã Quang Lịch,false,33,13132,Xã Quang Lịch
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13135,Xã Hòa Bình,false,33,13132,Xã Quang Lịch
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13138,Xã Bình Minh,false,33,13075,Xã Kiến Xương
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13141,Xã Vũ Quý,false,33,13141,Xã Vũ Quý
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13144,Xã Quang Bình,false,33,13075,Xã Kiến Xương
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13150,Xã Vũ Trung,false,33,13141,Xã Vũ Quý
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13156,Xã Vũ Công,false,33,13159,Xã Hồng Vũ
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13159,Xã Hồng Vũ,false,33,13159,Xã Hồng Vũ
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13162,Xã Quang Minh,false,33,13075,Xã Kiến Xương
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13165,Xã Quang Trung,false,33,13075,Xã Kiến Xương
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13171,Xã Minh Quang,false,33,13183,Xã Bình Thanh
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13177,Xã Minh Tân,false,33,13183,Xã Bình Thanh
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13180,Xã Nam Bình,false,33,13186,Xã Bình Định
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13183,Xã Bình Thanh,false,33,13183,Xã Bình Thanh
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13186,Xã Bình Định,false,33,13186,Xã Bình Định
34,Tỉnh Thái Bình,343,Huyện Kiến Xương,13189,Xã Hồng Tiến,false,33,13186,Xã Bình Định
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13192,Thị trấn Vũ Thư,false,33,13192,Xã Vũ Thư
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13195,Xã Hồng Lý,false,33,13219,Xã Vạn Xuân
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13198,Xã Đồng Thanh,false,33,13219,Xã Vạn Xuân
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13201,Xã Xuân Hòa,false,33,13219,Xã Vạn Xuân
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13204,Xã Hiệp Hòa,false,33,13222,Xã Thư Trì
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13207,Xã Phúc Thành,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13210,Xã Tân Phong,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13213,Xã Song Lãng,false,33,13222,Xã Thư Trì
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13216,Xã Tân Hòa,false,33,13225,Phường Thái Bình
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13219,Xã Việt Hùng,false,33,13219,Xã Vạn Xuân
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13222,Xã Minh Lãng,false,33,13222,Xã Thư Trì
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13228,Xã Minh Khai,false,33,13192,Xã Vũ Thư
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13231,Xã Dũng Nghĩa,false,33,13192,Xã Vũ Thư
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13234,Xã Minh Quang,false,33,13192,Xã Vũ Thư
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13237,Xã Tam Quang,false,33,13192,Xã Vũ Thư
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13240,Xã Tân Lập,false,33,13246,Xã Tân Thuận
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13243,Xã Bách Thuận,false,33,13246,Xã Tân Thuận
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13246,Xã Tự Tân,false,33,13246,Xã Tân Thuận
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13249,Xã Song An,false,33,12466,Phường Vũ Phúc
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13252,Xã Trung An,false,33,12466,Phường Vũ Phúc
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13255,Xã Vũ Hội,false,33,13264,Xã Thư Vũ
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13258,Xã Hòa Bình,false,33,13192,Xã Vũ Thư
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13261,Xã Nguyên Xá,false,33,12466,Phường Vũ Phúc
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13264,Xã Việt Thuận,false,33,13264,Xã Thư Vũ
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13267,Xã Vũ Vinh,false,33,13264,Xã Thư Vũ
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13270,Xã Vũ Đoài,false,33,13279,Xã Vũ Tiên
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13273,Xã Vũ Tiến,false,33,13279,Xã Vũ Tiên
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13276,Xã Vũ Vân,false,33,13264,Xã Thư Vũ
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13279,Xã Duy Nhất,false,33,13279,Xã Vũ Tiên
34,Tỉnh Thái Bình,344,Huyện Vũ Thư,13282,Xã Hồng Phong,false,33,13279,Xã Vũ Tiên
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13285,Phường Quang Trung,true,37,13366,Phường Hà Nam
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13285,Phường Quang Trung,true,37,13285,Phường Phủ Lý
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13291,Phường Lê Hồng Phong,false,37,13291,Phường Phù Vân
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13294,Phường Châu Cầu,false,37,13285,Phường Phủ Lý
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13303,Phường Lam Hạ,false,37,13366,Phường Hà Nam
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13306,Xã Phù Vân,false,37,13291,Phường Phù Vân
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13309,Phường Liêm Chính,false,37,13285,Phường Phủ Lý
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13315,Phường Thanh Châu,false,37,13285,Phường Phủ Lý
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13318,Phường Châu Sơn,false,37,13318,Phường Châu Sơn
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13366,Phường Tân Hiệp,false,37,13366,Phường Hà Nam
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13426,Xã Kim Bình,false,37,13291,Phường Phù Vân
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13444,Phường Tân Liêm,false,37,13444,Phường Liêm Tuyền
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13459,Phường Thanh Tuyền,false,37,13318,Phường Châu Sơn
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13507,Xã Đinh Xá,false,37,13444,Phường Liêm Tuyền
35,Tỉnh Hà Nam,347,Thành phố Phủ Lý,13513,Xã Trịnh Xá,false,37,13444,Phường Liêm Tuyền
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13321,Phường Đồng Văn,false,37,13348,Phường Đồng Văn
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13324,Phường Hòa Mạc,true,37,13330,Phường Duy Tân
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13324,Phường Hòa Mạc,true,37,13324,Phường Duy Tiên
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13327,Xã Mộc Hoàn,false,37,13330,Phường Duy Tân
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13330,Phường Châu Giang,false,37,13330,Phường Duy Tân
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13333,Phường Bạch Thượng,false,37,13348,Phường Đồng Văn
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13336,Phường Duy Minh,false,37,13336,Phường Duy Hà
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13342,Phường Duy Hải,false,37,13336,Phường Duy Hà
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13345,Xã Chuyên Ngoại,false,37,13324,Phường Duy Tiên
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13348,Phường Yên Bắc,false,37,13348,Phường Đồng Văn
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13351,Xã Trác Văn,false,37,13324,Phường Duy Tiên
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13354,Phường Tiên Nội,true,37,13366,Phường Hà Nam
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13354,Phường Tiên Nội,true,37,13363,Phường Tiên Sơn
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13357,Phường Hoàng Đông,true,37,13336,Phường Duy Hà
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13357,Phường Hoàng Đông,true,37,13366,Phường Hà Nam
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13360,Xã Yên Nam,false,37,13324,Phường Duy Tiên
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13363,Xã Tiên Ngoại,true,37,13366,Phường Hà Nam
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13363,Xã Tiên Ngoại,true,37,13363,Phường Tiên Sơn
35,Tỉnh Hà Nam,349,Thị xã Duy Tiên,13369,Xã Tiên Sơn,false,37,13363,Phường Tiên Sơn
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13384,Phường Quế,false,37,13384,Phường Kim Bảng
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13387,Xã Nguyễn Úy,false,37,13396,Phường Nguyễn Úy
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13390,Phường Đại Cương,false,37,13393,Phường Lê Hồ
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13393,Phường Lê Hồ,false,37,13393,Phường Lê Hồ
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13396,Phường Tượng Lĩnh,false,37,13396,Phường Nguyễn Úy
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13402,Phường Tân Tựu,false,37,13402,Phường Kim Thanh
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13405,Phường Đồng Hóa,false,37,13393,Phường Lê Hồ
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13408,Xã Hoàng Tây,false,37,13402,Phường Kim Thanh
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13411,Phường Tân Sơn,false,37,13396,Phường Nguyễn Úy
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13414,Xã Thụy Lôi,false,37,13420,Phường Tam Chúc
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13417,Xã Văn Xá,false,37,13384,Phường Kim Bảng
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13420,Xã Khả Phong,false,37,13420,Phường Tam Chúc
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13423,Phường Ngọc Sơn,false,37,13384,Phường Kim Bảng
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13429,Phường Ba Sao,false,37,13420,Phường Tam Chúc
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13432,Xã Liên Sơn,false,37,13435,Phường Lý Thường Kiệt
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13435,Phường Thi Sơn,false,37,13435,Phường Lý Thường Kiệt
35,Tỉnh Hà Nam,350,Thị xã Kim Bảng,13438,Xã Thanh Sơn,false,37,13435,Phường Lý Thường Kiệt
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13441,Thị trấn Kiện Khê,false,37,13318,Phường Châu Sơn
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13450,Xã Liêm Phong,false,37,13456,Xã Liêm Hà
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13453,Xã Thanh Hà,false,37,13456,Xã Liêm Hà
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13456,Xã Liêm Cần,false,37,13456,Xã Liêm Hà
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13465,Xã Liêm Thuận,false,37,13483,Xã Thanh Bình
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13468,Xã Thanh Thủy,false,37,13474,Xã Tân Thanh
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13471,Xã Thanh Phong,false,37,13474,Xã Tân Thanh
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13474,Thị trấn Tân Thanh,false,37,13474,Xã Tân Thanh
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13477,Xã Thanh Tân,false,37,13489,Xã Thanh Lâm
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13480,Xã Liêm Túc,false,37,13483,Xã Thanh Bình
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13483,Xã Liêm Sơn,false,37,13483,Xã Thanh Bình
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13486,Xã Thanh Hương,false,37,13495,Xã Thanh Liêm
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13489,Xã Thanh Nghị,false,37,13489,Xã Thanh Lâm
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13492,Xã Thanh Tâm,false,37,13495,Xã Thanh Liêm
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13495,Xã Thanh Nguyên,false,37,13495,Xã Thanh Liêm
35,Tỉnh Hà Nam,351,Huyện Thanh Liêm,13498,Xã Thanh Hải,false,37,13489,Xã Thanh Lâm
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13501,Thị trấn Bình Mỹ,false,37,13501,Xã Bình Mỹ
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13504,Xã Bình Nghĩa,false,37,13504,Xã Bình Lục
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13510,Xã Tràng An,false,37,13504,Xã Bình Lục
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13516,Xã Đồng Du,false,37,13504,Xã Bình Lục
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13519,Xã Ngọc Lũ,false,37,13540,Xã Bình An
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13525,Xã Đồn Xá,false,37,13501,Xã Bình Mỹ
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13528,Xã An Ninh,false,37,13531,Xã Bình Giang
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13531,Xã Bồ Đề,false,37,13531,Xã Bình Giang
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13540,Xã Bình An,false,37,13540,Xã Bình An
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13543,Xã Vũ Bản,false,37,13531,Xã Bình Giang
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13546,Xã Trung Lương,false,37,13540,Xã Bình An
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13552,Xã An Đổ,false,37,13558,Xã Bình Sơn
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13555,Xã La Sơn,false,37,13501,Xã Bình Mỹ
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13558,Xã Tiêu Động,false,37,13558,Xã Bình Sơn
35,Tỉnh Hà Nam,352,Huyện Bình Lục,13561,Xã An Lão,false,37,13558,Xã Bình Sơn
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13567,Xã Hợp Lý,false,37,13573,Xã Lý Nhân
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13570,Xã Nguyên Lý,false,37,13591,Xã Nam Xang
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13573,Xã Chính Lý,false,37,13573,Xã Lý Nhân
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13576,Xã Chân Lý,false,37,13579,Xã Bắc Lý
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13579,Xã Đạo Lý,false,37,13579,Xã Bắc Lý
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13582,Xã Công Lý,false,37,13591,Xã Nam Xang
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13585,Xã Văn Lý,false,37,13573,Xã Lý Nhân
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13588,Xã Bắc Lý,false,37,13579,Xã Bắc Lý
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13591,Xã Đức Lý,false,37,13591,Xã Nam Xang
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13594,Xã Trần Hưng Đạo,false,37,13594,Xã Trần Thương
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13597,Thị trấn Vĩnh Trụ,false,37,13597,Xã Vĩnh Trụ
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13600,Xã Nhân Thịnh,false,37,13609,Xã Nhân Hà
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13606,Xã Nhân Khang,false,37,13597,Xã Vĩnh Trụ
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13609,Xã Nhân Mỹ,false,37,13609,Xã Nhân Hà
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13612,Xã Nhân Nghĩa,false,37,13594,Xã Trần Thương
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13615,Xã Nhân Chính,false,37,13597,Xã Vĩnh Trụ
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13618,Xã Nhân Bình,false,37,13594,Xã Trần Thương
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13621,Xã Phú Phúc,false,37,13627,Xã Nam Lý
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13624,Xã Xuân Khê,false,37,13609,Xã Nhân Hà
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13627,Xã Tiến Thắng,false,37,13627,Xã Nam Lý
35,Tỉnh Hà Nam,353,Huyện Lý Nhân,13630,Xã Hòa Hậu,false,37,13627,Xã Nam Lý
36,Tỉnh Nam Định,356,Thành phố Nam Định,13636,Phường Vị Xuyên,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13657,Phường Trường Thi,false,37,13777,Phường Trường Thi
36,Tỉnh Nam Định,356,Thành phố Nam Định,13666,Phường Trần Hưng Đạo,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13669,Phường Cửa Bắc,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13678,Phường Năng Tĩnh,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13681,Phường Quang Trung,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13684,Phường Lộc Hạ,false,37,13684,Phường Thiên Trường
36,Tỉnh Nam Định,356,Thành phố Nam Định,13687,Phường Lộc Vượng,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13690,Phường Cửa Nam,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13693,Phường Lộc Hòa,false,37,13693,Phường Đông A
36,Tỉnh Nam Định,356,Thành phố Nam Định,13696,Phường Nam Phong,false,37,13972,Phường Vị Khê
36,Tỉnh Nam Định,356,Thành phố Nam Định,13699,Phường Mỹ Xá,false,37,13699,Phường Thành Nam
36,Tỉnh Nam Định,356,Thành phố Nam Định,13705,Phường Nam Vân,false,37,13984,Phường Hồng Quang
36,Tỉnh Nam Định,356,Thành phố Nam Định,13708,Phường Hưng Lộc,false,37,13708,Phường Mỹ Lộc
36,Tỉnh Nam Định,356,Thành phố Nam Định,13711,Xã Mỹ Hà,false,37,13693,Phường Đông A
36,Tỉnh Nam Định,356,Thành phố Nam Định,13717,Xã Mỹ Thắng,false,37,13693,Phường Đông A
36,Tỉnh Nam Định,356,Thành phố Nam Định,13720,Xã Mỹ Trung,false,37,13684,Phường Thiên Trường
36,Tỉnh Nam Định,356,Thành phố Nam Định,13723,Xã Mỹ Tân,false,37,13684,Phường Thiên Trường
36,Tỉnh Nam Định,356,Thành phố Nam Định,13726,Xã Mỹ Phúc,false,37,13669,Phường Nam Định
36,Tỉnh Nam Định,356,Thành phố Nam Định,13732,Xã Mỹ Thuận,false,37,13708,Phường Mỹ Lộc
36,Tỉnh Nam Định,356,Thành phố Nam Định,13735,Xã Mỹ Lộc,false,37,13708,Phường Mỹ Lộc
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13741,Thị trấn Gôi,false,37,13741,Xã Vụ Bản
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13747,Xã Hiển Khánh,false,37,13753,Xã Hiển Khánh
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13750,Xã Minh Tân,false,37,13750,Xã Minh Tân
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13753,Xã Hợp Hưng,false,37,13753,Xã Hiển Khánh
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13756,Xã Đại An,false,37,13699,Phường Thành Nam
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13762,Xã Cộng Hòa,false,37,13750,Xã Minh Tân
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13765,Xã Trung Thành,false,37,13753,Xã Hiển Khánh
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13768,Xã Quang Trung,false,37,13753,Xã Hiển Khánh
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13777,Xã Thành Lợi,false,37,13777,Phường Trường Thi
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13780,Xã Kim Thái,false,37,13741,Xã Vụ Bản
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13783,Xã Liên Minh,false,37,13786,Xã Liên Minh
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13786,Xã Đại Thắng,false,37,13786,Xã Liên Minh
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13789,Xã Tam Thanh,false,37,13741,Xã Vụ Bản
36,Tỉnh Nam Định,359,Huyện Vụ Bản,13792,Xã Vĩnh Hào,false,37,13786,Xã Liên Minh
36,Tỉnh Nam Định,360,Huyện Ý Yên,13795,Thị trấn Lâm,false,37,13795,Xã Ý Yên
36,Tỉnh Nam Định,360,Huyện Ý Yên,13801,Xã Trung Nghĩa,false,37,13807,Xã Tân Minh
36,Tỉnh Nam Định,360,Huyện Ý Yên,13807,Xã Tân Minh,false,37,13807,Xã Tân Minh
36,Tỉnh Nam Định,360,Huyện Ý Yên,13810,Xã Yên Thọ,false,37,13822,Xã Phong Doanh
36,Tỉnh Nam Định,360,Huyện Ý Yên,13819,Xã Phú Hưng,false,37,13822,Xã Phong Doanh
36,Tỉnh Nam Định,360,Huyện Ý Yên,13822,Xã Yên Chính,false,37,13822,Xã Phong Doanh
36,Tỉnh Nam Định,360,Huyện Ý Yên,13825,Xã Yên Bình,false,37,13834,Xã Vũ Dương
36,Tỉnh Nam Định,360,Huyện Ý Yên,13831,Xã Yên Mỹ,false,37,13834,Xã Vũ Dương
36,Tỉnh Nam Định,360,Huyện Ý Yên,13834,Xã Yên Dương,false,37,13834,Xã Vũ Dương
36,Tỉnh Nam Định,360,Huyện Ý Yên,13843,Xã Yên Khánh,false,37,13795,Xã Ý Yên
36,Tỉnh Nam Định,360,Huyện Ý Yên,13846,Xã Yên Phong,false,37,13795,Xã Ý Yên
36,Tỉnh Nam Định,360,Huyện Ý Yên,13849,Xã Yên Ninh,false,37,13834,Xã Vũ Dương
36,Tỉnh Nam Định,360,Huyện Ý Yên,13852,Xã Yên Lương,false,37,13864,Xã Vạn Thắng
36,Tỉnh Nam Định,360,Huyện Ý Yên,13861,Xã Yên Tiến,false,37,13864,Xã Vạn Thắng
36,Tỉnh Nam Định,360,Huyện Ý Yên,13864,Xã Yên Thắng,false,37,13864,Xã Vạn Thắng
36,Tỉnh Nam Định,360,Huyện Ý Yên,13867,Xã Yên Phúc,false,37,13870,Xã Yên Cường
36,Tỉnh Nam Định,360,Huyện Ý Yên,13870,Xã Yên Cường,false,37,13870,Xã Yên Cường
36,Tỉnh Nam Định,360,Huyện Ý Yên,13873,Xã Yên Lộc,false,37,13870,Xã Yên Cường
36,Tỉnh Nam Định,360,Huyện Ý Yên,13876,Xã Hồng Quang,false,37,13795,Xã Ý Yên
36,Tỉnh Nam Định,360,Huyện Ý Yên,13879,Xã Yên Đồng,false,37,13879,Xã Yên Đồng
36,Tỉnh Nam Định,360,Huyện Ý Yên,13882,Xã Yên Khang,false,37,13879,Xã Yên Đồng
36,Tỉnh Nam Định,360,Huyện Ý Yên,13885,Xã Yên Nhân,false,37,13870,Xã Yên Cường
36,Tỉnh Nam Định,360,Huyện Ý Yên,13888,Xã Yên Trị,false,37,13879,Xã Yên Đồng
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13891,Thị trấn Liễu Đề,false,37,13891,Xã Nghĩa Hưng
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13894,Thị trấn Rạng Đông,false,37,13894,Xã Rạng Đông
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13900,Xã Đồng Thịnh,false,37,13900,Xã Đồng Thịnh
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13906,Xã Nghĩa Thái,false,37,13891,Xã Nghĩa Hưng
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13909,Xã Hoàng Nam,false,37,13900,Xã Đồng Thịnh
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13912,Xã Nghĩa Châu,false,37,13891,Xã Nghĩa Hưng
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13915,Xã Nghĩa Trung,false,37,13891,Xã Nghĩa Hưng
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13918,Xã Nghĩa Sơn,false,37,13918,Xã Nghĩa Sơn
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13921,Xã Nghĩa Lạc,false,37,13918,Xã Nghĩa Sơn
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13924,Xã Nghĩa Hồng,false,37,13927,Xã Hồng Phong
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13927,Xã Nghĩa Phong,false,37,13927,Xã Hồng Phong
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13930,Xã Nghĩa Phú,false,37,13927,Xã Hồng Phong
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13939,Thị trấn Quỹ Nhất,false,37,13939,Xã Quỹ Nhất
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13942,Xã Nghĩa Hùng,false,37,13957,Xã Nghĩa Lâm
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13945,Xã Nghĩa Lâm,false,37,13957,Xã Nghĩa Lâm
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13948,Xã Nghĩa Thành,false,37,13939,Xã Quỹ Nhất
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13951,Xã Phúc Thắng,false,37,13894,Xã Rạng Đông
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13954,Xã Nghĩa Lợi,false,37,13939,Xã Quỹ Nhất
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13957,Xã Nghĩa Hải,false,37,13957,Xã Nghĩa Lâm
36,Tỉnh Nam Định,361,Huyện Nghĩa Hưng,13963,Xã Nam Điền,false,37,13894,Xã Rạng Đông
36,Tỉnh Nam Định,362,Huyện Nam Trực,13966,Thị trấn Nam Giang,false,37,13966,Xã Nam Trực
36,Tỉnh Nam Định,362,Huyện Nam Trực,13972,Xã Nam Điền,false,37,13972,Phường Vị Khê
36,Tỉnh Nam Định,362,Huyện Nam Trực,13975,Xã Nghĩa An,false,37,13984,Phường Hồng Quang
36,Tỉnh Nam Định,362,Huyện Nam Trực,13978,Xã Nam Thắng,false,37,13987,Xã Nam Hồng
36,Tỉnh Nam Định,362,Huyện Nam Trực,13984,Xã Hồng Quang,false,37,13984,Phường Hồng Quang
36,Tỉnh Nam Định,362,Huyện Nam Trực,13987,Xã Tân Thịnh,false,37,13987,Xã Nam Hồng
36,Tỉnh Nam Định,362,Huyện Nam Trực,13990,Xã Nam Cường,false,37,13966,Xã Nam Trực
36,Tỉnh Nam Định,362,Huyện Nam Trực,13993,Xã Nam Hồng,false,37,13987,Xã Nam Hồng
36,Tỉnh Nam Định,362,Huyện Nam Trực,13996,Xã Nam Hùng,false,37,13966,Xã Nam Trực
36,Tỉnh Nam Định,362,Huyện Nam Trực,13999,Xã Nam Hoa,false,37,14005,Xã Nam Ninh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14002,Xã Nam Dương,false,37,14011,Xã Nam Minh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14005,Xã Nam Thanh,false,37,14005,Xã Nam Ninh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14008,Xã Nam Lợi,false,37,14005,Xã Nam Ninh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14011,Xã Bình Minh,false,37,14011,Xã Nam Minh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14014,Xã Đồng Sơn,false,37,14014,Xã Nam Đồng
36,Tỉnh Nam Định,362,Huyện Nam Trực,14017,Xã Nam Tiến,false,37,14011,Xã Nam Minh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14020,Xã Nam Hải,false,37,14005,Xã Nam Ninh
36,Tỉnh Nam Định,362,Huyện Nam Trực,14023,Xã Nam Thái,false,37,14014,Xã Nam Đồng
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14026,Thị trấn Cổ Lễ,false,37,14026,Xã Cổ Lễ
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14029,Xã Phương Định,false,37,14038,Xã Ninh Giang
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14032,Xã Trực Chính,false,37,14038,Xã Ninh Giang
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14035,Xã Trung Đông,false,37,14026,Xã Cổ Lễ
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14038,Xã Liêm Hải,false,37,14038,Xã Ninh Giang
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14041,Xã Trực Tuấn,false,37,14026,Xã Cổ Lễ
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14044,Xã Việt Hùng,false,37,14056,Xã Cát Thành
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14047,Xã Trực Đạo,false,37,14056,Xã Cát Thành
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14050,Xã Trực Hưng,false,37,14053,Xã Trực Ninh
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14053,Xã Trực Nội,false,37,14053,Xã Trực Ninh
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14056,Thị trấn Cát Thành,false,37,14056,Xã Cát Thành
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14059,Xã Trực Thanh,false,37,14053,Xã Trực Ninh
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14062,Xã Trực Khang,false,37,14062,Xã Quang Hưng
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14065,Xã Trực Thuận,false,37,14062,Xã Quang Hưng
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14068,Xã Trực Mỹ,false,37,14062,Xã Quang Hưng
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14071,Xã Trực Đại,false,37,14071,Xã Minh Thái
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14074,Xã Trực Cường,false,37,14077,Xã Ninh Cường
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14077,Thị trấn Ninh Cường,false,37,14077,Xã Ninh Cường
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14080,Xã Trực Thái,false,37,14071,Xã Minh Thái
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14083,Xã Trực Hùng,false,37,14077,Xã Ninh Cường
36,Tỉnh Nam Định,363,Huyện Trực Ninh,14086,Xã Trực Thắng,false,37,14071,Xã Minh Thái
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14089,Thị trấn Xuân Trường,false,37,14089,Xã Xuân Trường
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14092,Xã Xuân Châu,false,37,14095,Xã Xuân Hồng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14095,Xã Xuân Hồng,false,37,14095,Xã Xuân Hồng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14098,Xã Xuân Thành,false,37,14095,Xã Xuân Hồng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14101,Xã Xuân Thượng,false,37,14095,Xã Xuân Hồng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14104,Xã Xuân Giang,false,37,14104,Xã Xuân Giang
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14110,Xã Xuân Tân,false,37,14104,Xã Xuân Giang
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14116,Xã Xuân Ngọc,false,37,14089,Xã Xuân Trường
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14122,Xã Trà Lũ,false,37,14122,Xã Xuân Hưng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14125,Xã Thọ Nghiệp,false,37,14122,Xã Xuân Hưng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14128,Xã Xuân Phú,false,37,14104,Xã Xuân Giang
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14134,Xã Xuân Vinh,false,37,14122,Xã Xuân Hưng
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14143,Xã Xuân Ninh,false,37,14089,Xã Xuân Trường
36,Tỉnh Nam Định,364,Huyện Xuân Trường,14146,Xã Xuân Phúc,false,37,14089,Xã Xuân Trường
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14152,Thị trấn Quất Lâm,false,37,14212,Xã Giao Ninh
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14155,Xã Giao Hương,false,37,14161,Xã Giao Minh
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14158,Xã Hồng Thuận,false,37,14182,Xã Giao Hòa
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14161,Xã Giao Thiện,false,37,14161,Xã Giao Minh
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14164,Xã Giao Thanh,false,37,14161,Xã Giao Minh
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14167,Thị trấn Giao Thủy,false,37,14167,Xã Giao Thủy
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14170,Xã Bình Hòa,false,37,14167,Xã Giao Thủy
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14176,Xã Giao Hà,false,37,14203,Xã Giao Phúc
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14179,Xã Giao Nhân,false,37,14179,Xã Giao Hưng
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14182,Xã Giao An,false,37,14182,Xã Giao Hòa
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14185,Xã Giao Lạc,false,37,14182,Xã Giao Hòa
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14188,Xã Giao Châu,false,37,14179,Xã Giao Hưng
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14191,Xã Giao Tân,false,37,14194,Xã Giao Bình
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14194,Xã Giao Yến,false,37,14194,Xã Giao Bình
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14197,Xã Giao Xuân,false,37,14203,Xã Giao Phúc
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14200,Xã Giao Thịnh,false,37,14212,Xã Giao Ninh
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14203,Xã Giao Hải,false,37,14203,Xã Giao Phúc
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14206,Xã Bạch Long,false,37,14194,Xã Giao Bình
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14209,Xã Giao Long,false,37,14179,Xã Giao Hưng
36,Tỉnh Nam Định,365,Huyện Giao Thủy,14212,Xã Giao Phong,false,37,14212,Xã Giao Ninh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14215,Thị trấn Yên Định,false,37,14215,Xã Hải Hậu
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14218,Thị trấn Cồn,false,37,14218,Xã Hải Tiến
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14221,Thị trấn Thịnh Long,false,37,14221,Xã Hải Thịnh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14224,Xã Hải Nam,false,37,14248,Xã Hải Hưng
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14227,Xã Hải Trung,false,37,14215,Xã Hải Hậu
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14233,Xã Hải Minh,false,37,14236,Xã Hải Anh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14236,Xã Hải Anh,false,37,14236,Xã Hải Anh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14248,Xã Hải Hưng,false,37,14248,Xã Hải Hưng
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14254,Xã Hải Long,false,37,14215,Xã Hải Hậu
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14260,Xã Hải Đường,false,37,14236,Xã Hải Anh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14263,Xã Hải Lộc,false,37,14248,Xã Hải Hưng
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14266,Xã Hải Quang,false,37,14287,Xã Hải Quang
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14269,Xã Hải Đông,false,37,14287,Xã Hải Quang
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14272,Xã Hải Sơn,false,37,14218,Xã Hải Tiến
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14275,Xã Hải Tân,false,37,14218,Xã Hải Tiến
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14281,Xã Hải Phong,false,37,14281,Xã Hải An
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14284,Xã Hải An,false,37,14281,Xã Hải An
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14287,Xã Hải Tây,false,37,14287,Xã Hải Quang
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14293,Xã Hải Phú,false,37,14308,Xã Hải Xuân
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14296,Xã Hải Giang,false,37,14281,Xã Hải An
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14302,Xã Hải Ninh,false,37,14221,Xã Hải Thịnh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14308,Xã Hải Xuân,false,37,14308,Xã Hải Xuân
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14311,Xã Hải Châu,false,37,14221,Xã Hải Thịnh
36,Tỉnh Nam Định,366,Huyện Hải Hậu,14317,Xã Hải Hòa,false,37,14308,Xã Hải Xuân
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14362,Phường Bắc Sơn,false,37,14362,Phường Tam Điệp
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14365,Phường Trung Sơn,false,37,14365,Phường Trung Sơn
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14368,Phường Nam Sơn,false,37,14365,Phường Trung Sơn
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14369,Phường Tây Sơn,false,37,14362,Phường Tam Điệp
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14371,Xã Yên Sơn,false,37,14371,Phường Yên Sơn
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14374,Phường Yên Bình,false,37,14725,Phường Yên Thắng
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14375,Phường Tân Bình,false,37,14371,Phường Yên Sơn
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14377,Xã Quang Sơn,false,37,14362,Phường Tam Điệp
37,Tỉnh Ninh Bình,370,Thành phố Tam Điệp,14380,Xã Đông Sơn,false,37,14365,Phường Trung Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14386,Xã Xích Thổ,false,37,14389,Xã Gia Lâm
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14389,Xã Gia Lâm,false,37,14389,Xã Gia Lâm
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14392,Xã Gia Sơn,false,37,14389,Xã Gia Lâm
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14395,Xã Thạch Bình,false,37,14407,Xã Phú Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14398,Xã Gia Thủy,false,37,14401,Xã Gia Tường
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14401,Xã Gia Tường,false,37,14401,Xã Gia Tường
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14404,Xã Cúc Phương,false,37,14404,Xã Cúc Phương
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14407,Xã Phú Sơn,false,37,14407,Xã Phú Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14410,Xã Đức Long,false,37,14401,Xã Gia Tường
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14413,Xã Lạc Vân,false,37,14407,Xã Phú Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14416,Xã Đồng Phong,false,37,14428,Xã Nho Quan
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14419,Xã Yên Quang,false,37,14428,Xã Nho Quan
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14425,Xã Thượng Hòa,false,37,14434,Xã Thanh Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14428,Thị trấn Nho Quan,false,37,14428,Xã Nho Quan
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14431,Xã Văn Phương,false,37,14404,Xã Cúc Phương
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14434,Xã Thanh Sơn,false,37,14434,Xã Thanh Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14437,Xã Phúc Sơn,false,37,14533,Phường Tây Hoa Lư
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14443,Xã Văn Phú,false,37,14434,Xã Thanh Sơn
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14446,Xã Phú Lộc,false,37,14452,Xã Quỳnh Lưu
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14449,Xã Kỳ Phú,false,37,14458,Xã Phú Long
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14452,Xã Quỳnh Lưu,false,37,14452,Xã Quỳnh Lưu
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14458,Xã Phú Long,false,37,14458,Xã Phú Long
37,Tỉnh Ninh Bình,372,Huyện Nho Quan,14461,Xã Quảng Lạc,false,37,14371,Phường Yên Sơn
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14464,Thị trấn Thịnh Vượng,false,37,14464,Xã Gia Viễn
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14467,Xã Gia Hòa,false,37,14464,Xã Gia Viễn
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14470,Xã Gia Hưng,false,37,14482,Xã Gia Hưng
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14473,Xã Liên Sơn,false,37,14482,Xã Gia Hưng
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14476,Xã Gia Thanh,false,37,14494,Xã Gia Trấn
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14479,Xã Gia Vân,false,37,14488,Xã Gia Vân
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14482,Xã Gia Phú,false,37,14482,Xã Gia Hưng
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14485,Xã Gia Xuân,false,37,14494,Xã Gia Trấn
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14488,Xã Gia Lập,false,37,14488,Xã Gia Vân
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14494,Xã Gia Trấn,false,37,14494,Xã Gia Trấn
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14500,Xã Gia Phương,false,37,14500,Xã Đại Hoàng
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14503,Xã Gia Tân,true,37,14488,Xã Gia Vân
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14503,Xã Gia Tân,true,37,14533,Phường Tây Hoa Lư
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14506,Xã Tiến Thắng,false,37,14500,Xã Đại Hoàng
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14509,Xã Gia Trung,false,37,14500,Xã Đại Hoàng
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14512,Xã Gia Minh,false,37,14524,Xã Gia Phong
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14515,Xã Gia Lạc,false,37,14524,Xã Gia Phong
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14521,Xã Gia Sinh,false,37,14533,Phường Tây Hoa Lư
37,Tỉnh Ninh Bình,373,Huyện Gia Viễn,14524,Xã Gia Phong,false,37,14524,Xã Gia Phong
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14320,Phường Đông Thành,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14323,Phường Tân Thành,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14329,Phường Vân Giang,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14332,Phường Bích Đào,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14338,Phường Nam Bình,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14341,Phường Nam Thành,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14344,Phường Ninh Khánh,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14347,Xã Ninh Nhất,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14350,Xã Ninh Tiến,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14353,Phường Ninh Phúc,false,37,14566,Phường Đông Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14356,Phường Ninh Sơn,false,37,14359,Phường Nam Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14359,Phường Ninh Phong,false,37,14359,Phường Nam Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14527,Phường Ninh Mỹ,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14530,Phường Ninh Giang,false,37,14533,Phường Tây Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14533,Xã Trường Yên,false,37,14533,Phường Tây Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14536,Xã Ninh Khang,false,37,14329,Phường Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14542,Xã Ninh Hòa,false,37,14533,Phường Tây Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14551,Xã Ninh Hải,false,37,14359,Phường Nam Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14554,Xã Ninh Vân,false,37,14359,Phường Nam Hoa Lư
37,Tỉnh Ninh Bình,374,Thành phố Hoa Lư,14557,Xã Ninh An,false,37,14359,Phường Nam Hoa Lư
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14560,Thị trấn Yên Ninh,false,37,14560,Xã Yên Khánh
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14563,Xã Khánh Thiện,false,37,14563,Xã Khánh Thiện
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14566,Xã Khánh Phú,false,37,14566,Phường Đông Hoa Lư
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14569,Xã Khánh Hòa,false,37,14566,Phường Đông Hoa Lư
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14572,Xã Khánh Lợi,false,37,14563,Xã Khánh Thiện
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14575,Xã Khánh An,false,37,14566,Phường Đông Hoa Lư
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14578,Xã Khánh Cường,false,37,14563,Xã Khánh Thiện
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14581,Xã Khánh Cư,false,37,14560,Xã Yên Khánh
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14587,Xã Khánh Hải,false,37,14560,Xã Yên Khánh
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14590,Xã Khánh Trung,false,37,14608,Xã Khánh Trung
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14593,Xã Khánh Mậu,false,37,14614,Xã Khánh Hội
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14596,Xã Khánh Vân,false,37,14560,Xã Yên Khánh
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14599,Xã Khánh Hội,false,37,14614,Xã Khánh Hội
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14602,Xã Khánh Công,false,37,14608,Xã Khánh Trung
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14608,Xã Khánh Thành,false,37,14608,Xã Khánh Trung
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14611,Xã Khánh Nhạc,false,37,14611,Xã Khánh Nhạc
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14614,Xã Khánh Thủy,false,37,14614,Xã Khánh Hội
37,Tỉnh Ninh Bình,375,Huyện Yên Khánh,14617,Xã Khánh Hồng,false,37,14611,Xã Khánh Nhạc
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14620,Thị trấn Phát Diệm,false,37,14620,Xã Phát Diệm
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14623,Thị trấn Bình Minh,false,37,14623,Xã Bình Minh
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14629,Xã Hồi Ninh,false,37,14653,Xã Chất Bình
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14632,Xã Xuân Chính,false,37,14653,Xã Chất Bình
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14635,Xã Kim Định,false,37,14638,Xã Kim Sơn
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14638,Xã Ân Hòa,false,37,14638,Xã Kim Sơn
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14641,Xã Hùng Tiến,false,37,14638,Xã Kim Sơn
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14647,Xã Quang Thiện,false,37,14647,Xã Quang Thiện
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14650,Xã Như Hòa,false,37,14647,Xã Quang Thiện
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14653,Xã Chất Bình,false,37,14653,Xã Chất Bình
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14656,Xã Đồng Hướng,false,37,14647,Xã Quang Thiện
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14659,Xã Kim Chính,false,37,14620,Xã Phát Diệm
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14662,Xã Thượng Kiệm,false,37,14620,Xã Phát Diệm
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14668,Xã Tân Thành,false,37,14674,Xã Lai Thành
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14671,Xã Yên Lộc,false,37,14674,Xã Lai Thành
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14674,Xã Lai Thành,false,37,14674,Xã Lai Thành
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14677,Xã Định Hóa,false,37,14677,Xã Định Hóa
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14680,Xã Văn Hải,false,37,14677,Xã Định Hóa
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14683,Xã Kim Tân,false,37,14677,Xã Định Hóa
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14686,Xã Kim Mỹ,false,37,14623,Xã Bình Minh
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14689,Xã Cồn Thoi,false,37,14623,Xã Bình Minh
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14695,Xã Kim Trung,false,37,14698,Xã Kim Đông
37,Tỉnh Ninh Bình,376,Huyện Kim Sơn,14698,Xã Kim Đông,false,37,14698,Xã Kim Đông
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14701,Thị trấn Yên Thịnh,false,37,14701,Xã Yên Mô
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14704,Xã Khánh Thượng,false,37,14725,Phường Yên Thắng
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14707,Xã Khánh Dương,false,37,14701,Xã Yên Mô
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14719,Xã Yên Phong,false,37,14728,Xã Yên Từ
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14722,Xã Yên Hòa,false,37,14701,Xã Yên Mô
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14725,Xã Yên Thắng,false,37,14725,Phường Yên Thắng
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14728,Xã Yên Từ,false,37,14728,Xã Yên Từ
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14734,Xã Yên Thành,false,37,14746,Xã Đồng Thái
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14737,Xã Yên Nhân,false,37,14728,Xã Yên Từ
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14740,Xã Yên Mỹ,false,37,14743,Xã Yên Mạc
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14743,Xã Yên Mạc,false,37,14743,Xã Yên Mạc
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14746,Xã Yên Đồng,false,37,14746,Xã Đồng Thái
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14749,Xã Yên Thái,false,37,14746,Xã Đồng Thái
37,Tỉnh Ninh Bình,377,Huyện Yên Mô,14752,Xã Yên Lâm,false,37,14743,Xã Yên Mạc
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14755,Phường Hàm Rồng,false,38,14758,Phường Hàm Rồng
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14758,Phường Đông Thọ,true,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14758,Phường Đông Thọ,true,38,14758,Phường Hàm Rồng
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14761,Phường Nam Ngạn,false,38,14758,Phường Hàm Rồng
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14764,Phường Trường Thi,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14767,Phường Điện Biên,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14770,Phường Phú Sơn,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14773,Phường Lam Sơn,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14776,Phường Ba Đình,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14779,Phường Ngọc Trạo,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14782,Phường Đông Vệ,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14785,Phường Đông Sơn,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14791,Phường Đông Cương,false,38,14758,Phường Hàm Rồng
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14794,Phường Đông Hương,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14797,Phường Đông Hải,false,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14800,Phường Quảng Hưng,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14803,Phường Quảng Thắng,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,14806,Phường Quảng Thành,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15850,Xã Thiệu Vân,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15856,Phường Thiệu Khánh,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15859,Phường Thiệu Dương,false,38,14758,Phường Hàm Rồng
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15913,Phường Tào Xuyên,false,38,15925,Phường Nguyệt Viên
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15922,Phường Long Anh,false,38,15925,Phường Nguyệt Viên
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15925,Phường Hoằng Quang,false,38,15925,Phường Nguyệt Viên
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,15970,Phường Hoằng Đại,false,38,15925,Phường Nguyệt Viên
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16378,Phường Rừng Thông,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16381,Xã Đông Hoàng,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16384,Xã Đông Ninh,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16390,Xã Đông Hòa,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16393,Xã Đông Yên,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16396,Phường Đông Lĩnh,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16399,Xã Đông Minh,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16402,Xã Đông Thanh,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16405,Xã Đông Tiến,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16408,Xã Đông Khê,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16414,Phường Đông Thịnh,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16417,Xã Đông Văn,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16420,Xã Đông Phú,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16423,Xã Đông Nam,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16426,Xã Đông Quang,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16429,Xã Đông Vinh,false,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16432,Phường Đông Tân,false,38,16378,Phường Đông Sơn
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16435,Phường An Hưng,true,38,16417,Phường Đông Quang
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16435,Phường An Hưng,true,38,14797,Phường Hạc Thành
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16441,Phường Quảng Thịnh,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16459,Phường Quảng Đông,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16507,Phường Quảng Cát,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16522,Phường Quảng Phú,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,380,Thành phố Thanh Hóa,16525,Phường Quảng Tâm,false,38,16522,Phường Quảng Phú
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14809,Phường Bắc Sơn,false,38,14818,Phường Quang Trung
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14812,Phường Ba Đình,false,38,14812,Phường Bỉm Sơn
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14815,Phường Lam Sơn,false,38,14812,Phường Bỉm Sơn
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14818,Phường Ngọc Trạo,false,38,14818,Phường Quang Trung
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14821,Phường Đông Sơn,false,38,14812,Phường Bỉm Sơn
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14823,Phường Phú Sơn,false,38,14818,Phường Quang Trung
38,Tỉnh Thanh Hóa,381,Thị xã Bỉm Sơn,14824,Xã Quang Trung,false,38,14818,Phường Quang Trung
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,14830,Phường Trung Sơn,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,14833,Phường Bắc Sơn,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,14836,Phường Trường Sơn,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,14839,Phường Quảng Cư,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,14842,Phường Quảng Tiến,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,16513,Xã Quảng Minh,false,38,16516,Phường Nam Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,16516,Xã Đại Hùng,false,38,16516,Phường Nam Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,16528,Phường Quảng Thọ,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,16531,Phường Quảng Châu,false,38,16531,Phường Sầm Sơn
38,Tỉnh Thanh Hóa,382,Thành phố Sầm Sơn,16534,Phường Quảng Vinh,false,38,16516,Phường Nam Sầm Sơn
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14845,Thị trấn Mường Lát,false,38,14845,Xã Mường Lát
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14848,Xã Tam Chung,false,38,14848,Xã Tam Chung
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14854,Xã Mường Lý,false,38,14854,Xã Mường Lý
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14857,Xã Trung Lý,false,38,14857,Xã Trung Lý
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14860,Xã Quang Chiểu,false,38,14860,Xã Quang Chiểu
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14863,Xã Pù Nhi,false,38,14863,Xã Pù Nhi
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14864,Xã Nhi Sơn,false,38,14864,Xã Nhi Sơn
38,Tỉnh Thanh Hóa,384,Huyện Mường Lát,14866,Xã Mường Chanh,false,38,14866,Xã Mường Chanh
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14869,Thị trấn Hồi Xuân,false,38,14869,Xã Hồi Xuân
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14872,Xã Thành Sơn,false,38,14872,Xã Trung Thành
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14875,Xã Trung Sơn,false,38,14875,Xã Trung Sơn
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14878,Xã Phú Thanh,false,38,14878,Xã Phú Lệ
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14881,Xã Trung Thành,false,38,14872,Xã Trung Thành
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14884,Xã Phú Lệ,false,38,14878,Xã Phú Lệ
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14887,Xã Phú Sơn,false,38,14878,Xã Phú Lệ
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14890,Xã Phú Xuân,false,38,14890,Xã Phú Xuân
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14896,Xã Hiền Chung,false,38,14896,Xã Hiền Kiệt
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14899,Xã Hiền Kiệt,false,38,14896,Xã Hiền Kiệt
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14902,Xã Nam Tiến,false,38,14902,Xã Nam Xuân
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14908,Xã Thiên Phủ,false,38,14908,Xã Thiên Phủ
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14911,Xã Phú Nghiêm,false,38,14869,Xã Hồi Xuân
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14914,Xã Nam Xuân,false,38,14902,Xã Nam Xuân
38,Tỉnh Thanh Hóa,385,Huyện Quan Hóa,14917,Xã Nam Động,false,38,14908,Xã Thiên Phủ
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14923,Thị trấn Cành Nàng,false,38,14923,Xã Bá Thước
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14926,Xã Điền Thượng,false,38,14932,Xã Điền Quang
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14929,Xã Điền Hạ,false,38,14932,Xã Điền Quang
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14932,Xã Điền Quang,false,38,14932,Xã Điền Quang
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14935,Xã Điền Trung,false,38,14950,Xã Điền Lư
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14938,Xã Thành Sơn,false,38,14956,Xã Pù Luông
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14941,Xã Lương Ngoại,false,38,14953,Xã Quý Lương
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14944,Xã Ái Thượng,false,38,14950,Xã Điền Lư
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14947,Xã Lương Nội,false,38,14953,Xã Quý Lương
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14950,Xã Điền Lư,false,38,14950,Xã Điền Lư
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14953,Xã Lương Trung,false,38,14953,Xã Quý Lương
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14956,Xã Lũng Niêm,false,38,14956,Xã Pù Luông
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14959,Xã Lũng Cao,false,38,14959,Xã Cổ Lũng
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14962,Xã Hạ Trung,false,38,14923,Xã Bá Thước
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14965,Xã Cổ Lũng,false,38,14959,Xã Cổ Lũng
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14968,Xã Thành Lâm,false,38,14956,Xã Pù Luông
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14971,Xã Ban Công,false,38,14923,Xã Bá Thước
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14974,Xã Kỳ Tân,false,38,14974,Xã Văn Nho
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14977,Xã Văn Nho,false,38,14974,Xã Văn Nho
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14980,Xã Thiết Ống,false,38,14980,Xã Thiết Ống
38,Tỉnh Thanh Hóa,386,Huyện Bá Thước,14986,Xã Thiết Kế,false,38,14980,Xã Thiết Ống
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,14995,Xã Trung Xuân,false,38,15001,Xã Trung Hạ
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,14998,Xã Trung Thượng,false,38,15016,Xã Quan Sơn
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,14999,Xã Trung Tiến,false,38,15001,Xã Trung Hạ
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15001,Xã Trung Hạ,false,38,15001,Xã Trung Hạ
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15004,Xã Sơn Hà,false,38,15019,Xã Tam Lư
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15007,Xã Tam Thanh,false,38,15007,Xã Tam Thanh
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15010,Xã Sơn Thủy,false,38,15010,Xã Sơn Thủy
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15013,Xã Na Mèo,false,38,15013,Xã Na Mèo
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15016,Thị trấn Sơn Lư,true,38,15016,Xã Quan Sơn
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15016,Thị trấn Sơn Lư,true,38,15019,Xã Tam Lư
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15019,Xã Tam Lư,false,38,15019,Xã Tam Lư
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15022,Xã Sơn Điện,false,38,15022,Xã Sơn Điện
38,Tỉnh Thanh Hóa,387,Huyện Quan Sơn,15025,Xã Mường Mìn,false,38,15025,Xã Mường Mìn
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15031,Xã Yên Khương,false,38,15031,Xã Yên Khương
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15034,Xã Yên Thắng,false,38,15034,Xã Yên Thắng
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15037,Xã Trí Nang,false,38,15055,Xã Linh Sơn
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15040,Xã Giao An,false,38,15043,Xã Giao An
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15043,Xã Giao Thiện,false,38,15043,Xã Giao An
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15046,Xã Tân Phúc,false,38,15058,Xã Đồng Lương
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15049,Xã Tam Văn,false,38,15049,Xã Văn Phú
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15052,Xã Lâm Phú,false,38,15049,Xã Văn Phú
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15055,Thị trấn Lang Chánh,false,38,15055,Xã Linh Sơn
38,Tỉnh Thanh Hóa,388,Huyện Lang Chánh,15058,Xã Đồng Lương,false,38,15058,Xã Đồng Lương
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15061,Thị trấn Ngọc Lặc,false,38,15061,Xã Ngọc Lặc
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15064,Xã Lam Sơn,false,38,15124,Xã Minh Sơn
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15067,Xã Mỹ Tân,false,38,15061,Xã Ngọc Lặc
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15070,Xã Thúy Sơn,false,38,15061,Xã Ngọc Lặc
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15073,Xã Thạch Lập,false,38,15085,Xã Thạch Lập
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15076,Xã Vân Am,false,38,15106,Xã Nguyệt Ấn
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15079,Xã Cao Ngọc,false,38,15124,Xã Minh Sơn
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15085,Xã Quang Trung,false,38,15085,Xã Thạch Lập
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15088,Xã Đồng Thịnh,false,38,15085,Xã Thạch Lập
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15091,Xã Ngọc Liên,false,38,15091,Xã Ngọc Liên
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15094,Xã Ngọc Sơn,false,38,15091,Xã Ngọc Liên
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15097,Xã Lộc Thịnh,false,38,15091,Xã Ngọc Liên
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15100,Xã Cao Thịnh,false,38,15091,Xã Ngọc Liên
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15103,Xã Ngọc Trung,false,38,15091,Xã Ngọc Liên
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15106,Xã Phùng Giáo,false,38,15106,Xã Nguyệt Ấn
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15109,Xã Phùng Minh,false,38,15112,Xã Kiên Thọ
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15112,Xã Phúc Thịnh,false,38,15112,Xã Kiên Thọ
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15115,Xã Nguyệt Ấn,false,38,15106,Xã Nguyệt Ấn
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15118,Xã Kiên Thọ,false,38,15112,Xã Kiên Thọ
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15121,Xã Minh Tiến,false,38,15124,Xã Minh Sơn
38,Tỉnh Thanh Hóa,389,Huyện Ngọc Lặc,15124,Xã Minh Sơn,false,38,15124,Xã Minh Sơn
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15127,Thị trấn Phong Sơn,false,38,15127,Xã Cẩm Thủy
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15133,Xã Cẩm Thành,false,38,15142,Xã Cẩm Thạch
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15136,Xã Cẩm Quý,false,38,15148,Xã Cẩm Tú
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15139,Xã Cẩm Lương,false,38,15148,Xã Cẩm Tú
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15142,Xã Cẩm Thạch,false,38,15142,Xã Cẩm Thạch
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15145,Xã Cẩm Liên,false,38,15142,Xã Cẩm Thạch
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15148,Xã Cẩm Giang,false,38,15148,Xã Cẩm Tú
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15151,Xã Cẩm Bình,false,38,15142,Xã Cẩm Thạch
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15154,Xã Cẩm Tú,false,38,15148,Xã Cẩm Tú
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15160,Xã Cẩm Châu,false,38,15163,Xã Cẩm Vân
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15163,Xã Cẩm Tâm,false,38,15163,Xã Cẩm Vân
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15169,Xã Cẩm Ngọc,false,38,15127,Xã Cẩm Thủy
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15172,Xã Cẩm Long,false,38,15178,Xã Cẩm Tân
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15175,Xã Cẩm Yên,false,38,15163,Xã Cẩm Vân
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15178,Xã Cẩm Tân,false,38,15178,Xã Cẩm Tân
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15181,Xã Cẩm Phú,false,38,15178,Xã Cẩm Tân
38,Tỉnh Thanh Hóa,390,Huyện Cẩm Thủy,15184,Xã Cẩm Vân,false,38,15163,Xã Cẩm Vân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15187,Thị trấn Kim Tân,false,38,15187,Xã Kim Tân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15190,Thị trấn Vân Du,false,38,15190,Xã Vân Du
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15196,Xã Thạch Lâm,false,38,15199,Xã Thạch Quảng
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15199,Xã Thạch Quảng,false,38,15199,Xã Thạch Quảng
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15202,Xã Thạch Tượng,false,38,15199,Xã Thạch Quảng
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15205,Xã Thạch Cẩm,false,38,15211,Xã Thạch Bình
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15208,Xã Thạch Sơn,false,38,15211,Xã Thạch Bình
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15211,Xã Thạch Bình,false,38,15211,Xã Thạch Bình
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15214,Xã Thạch Định,false,38,15187,Xã Kim Tân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15220,Xã Thạch Long,false,38,15211,Xã Thạch Bình
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15223,Xã Thành Mỹ,false,38,15229,Xã Thành Vinh
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15226,Xã Thành Yên,false,38,15229,Xã Thành Vinh
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15229,Xã Thành Vinh,false,38,15229,Xã Thành Vinh
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15232,Xã Thành Minh,false,38,15229,Xã Thành Vinh
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15235,Xã Thành Công,false,38,15190,Xã Vân Du
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15238,Xã Thành Tân,false,38,15190,Xã Vân Du
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15241,Xã Thành Trực,false,38,15187,Xã Kim Tân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15247,Xã Thành Tâm,false,38,15250,Xã Ngọc Trạo
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15250,Xã Thành An,false,38,15250,Xã Ngọc Trạo
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15253,Xã Thành Thọ,false,38,15187,Xã Kim Tân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15256,Xã Thành Tiến,false,38,15187,Xã Kim Tân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15259,Xã Thành Long,false,38,15250,Xã Ngọc Trạo
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15265,Xã Thành Hưng,false,38,15187,Xã Kim Tân
38,Tỉnh Thanh Hóa,391,Huyện Thạch Thành,15268,Xã Ngọc Trạo,false,38,15250,Xã Ngọc Trạo
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15271,Thị trấn Hà Trung,true,38,15271,Xã Hà Trung
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15271,Thị trấn Hà Trung,true,38,15286,Xã Hoạt Giang
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15274,Thị trấn Hà Long,false,38,15274,Xã Hà Long
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15277,Xã Hà Vinh,false,38,14812,Phường Bỉm Sơn
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15280,Xã Hà Bắc,false,38,15274,Xã Hà Long
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15283,Xã Hoạt Giang,false,38,15286,Xã Hoạt Giang
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15286,Xã Yên Dương,false,38,15286,Xã Hoạt Giang
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15292,Xã Hà Giang,false,38,15274,Xã Hà Long
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15298,Xã Lĩnh Toại,false,38,15298,Xã Lĩnh Toại
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15304,Xã Hà Ngọc,false,38,15271,Xã Hà Trung
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15307,Xã Yến Sơn,false,38,15271,Xã Hà Trung
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15313,Xã Hà Sơn,false,38,15316,Xã Tống Sơn
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15316,Thị trấn Hà Lĩnh,false,38,15316,Xã Tống Sơn
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15319,Xã Hà Đông,false,38,15271,Xã Hà Trung
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15322,Xã Hà Tân,false,38,15316,Xã Tống Sơn
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15325,Xã Hà Tiến,false,38,15316,Xã Tống Sơn
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15328,Xã Hà Bình,true,38,15271,Xã Hà Trung
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15328,Xã Hà Bình,true,38,15286,Xã Hoạt Giang
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15331,Xã Thái Lai,false,38,15298,Xã Lĩnh Toại
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15334,Xã Hà Châu,false,38,15298,Xã Lĩnh Toại
38,Tỉnh Thanh Hóa,392,Huyện Hà Trung,15343,Xã Hà Hải,false,38,15298,Xã Lĩnh Toại
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15349,Thị trấn Vĩnh Lộc,false,38,15349,Xã Vĩnh Lộc
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15352,Xã Vĩnh Quang,false,38,15361,Xã Tây Đô
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15355,Xã Vĩnh Yên,false,38,15361,Xã Tây Đô
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15358,Xã Vĩnh Tiến,false,38,15361,Xã Tây Đô
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15361,Xã Vĩnh Long,false,38,15361,Xã Tây Đô
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15364,Xã Vĩnh Phúc,false,38,15349,Xã Vĩnh Lộc
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15367,Xã Vĩnh Hưng,false,38,15349,Xã Vĩnh Lộc
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15376,Xã Vĩnh Hòa,false,38,15349,Xã Vĩnh Lộc
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15379,Xã Vĩnh Hùng,false,38,15382,Xã Biện Thượng
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15382,Xã Minh Tân,false,38,15382,Xã Biện Thượng
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15385,Xã Ninh Khang,false,38,15349,Xã Vĩnh Lộc
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15388,Xã Vĩnh Thịnh,false,38,15382,Xã Biện Thượng
38,Tỉnh Thanh Hóa,393,Huyện Vĩnh Lộc,15391,Xã Vĩnh An,false,38,15382,Xã Biện Thượng
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15397,Thị trấn Thống Nhất,false,38,15409,Xã Yên Phú
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15403,Thị trấn Yên Lâm,false,38,15412,Xã Quý Lộc
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15406,Xã Yên Tâm,false,38,15409,Xã Yên Phú
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15409,Xã Yên Phú,false,38,15409,Xã Yên Phú
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15412,Thị trấn Quý Lộc,false,38,15412,Xã Quý Lộc
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15415,Xã Yên Thọ,false,38,15412,Xã Quý Lộc
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15418,Xã Yên Trung,false,38,15421,Xã Yên Trường
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15421,Xã Yên Trường,false,38,15421,Xã Yên Trường
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15427,Xã Yên Phong,false,38,15421,Xã Yên Trường
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15430,Xã Yên Thái,false,38,15421,Xã Yên Trường
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15433,Xã Yên Hùng,false,38,15442,Xã Yên Ninh
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15436,Xã Yên Thịnh,false,38,15442,Xã Yên Ninh
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15442,Xã Yên Ninh,false,38,15442,Xã Yên Ninh
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15445,Xã Định Tăng,false,38,15469,Xã Yên Định
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15448,Xã Định Hòa,false,38,15448,Xã Định Hòa
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15451,Xã Định Thành,false,38,15448,Xã Định Hòa
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15454,Xã Định Công,false,38,15448,Xã Định Hòa
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15457,Xã Định Tân,false,38,15457,Xã Định Tân
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15460,Xã Định Tiến,false,38,15457,Xã Định Tân
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15463,Xã Định Long,false,38,15469,Xã Yên Định
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15466,Xã Định Liên,false,38,15469,Xã Yên Định
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15469,Thị trấn Quán Lào,false,38,15469,Xã Yên Định
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15472,Xã Định Hưng,false,38,15457,Xã Định Tân
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15475,Xã Định Hải,false,38,15457,Xã Định Tân
38,Tỉnh Thanh Hóa,394,Huyện Yên Định,15478,Xã Định Bình,false,38,15448,Xã Định Hòa
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15493,Xã Xuân Hồng,false,38,15499,Xã Thọ Xuân
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15499,Thị trấn Thọ Xuân,false,38,15499,Xã Thọ Xuân
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15502,Xã Bắc Lương,false,38,15505,Xã Thọ Long
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15505,Xã Nam Giang,false,38,15505,Xã Thọ Long
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15508,Xã Xuân Phong,false,38,15505,Xã Thọ Long
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15511,Xã Thọ Lộc,false,38,15505,Xã Thọ Long
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15514,Xã Xuân Trường,false,38,15499,Xã Thọ Xuân
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15517,Xã Xuân Hòa,false,38,15520,Xã Xuân Hòa
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15520,Xã Thọ Hải,false,38,15520,Xã Xuân Hòa
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15523,Xã Tây Hồ,false,38,15505,Xã Thọ Long
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15526,Xã Xuân Giang,false,38,15499,Xã Thọ Xuân
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh,false,38,15553,Xã Sao Vàng
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15535,Xã Xuân Hưng,false,38,15520,Xã Xuân Hòa
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15538,Xã Thọ Diên,false,38,15520,Xã Xuân Hòa
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15541,Xã Thọ Lâm,false,38,15553,Xã Sao Vàng
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15544,Xã Thọ Xương,false,38,15544,Xã Lam Sơn
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15547,Xã Xuân Bái,false,38,15544,Xã Lam Sơn
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15550,Xã Xuân Phú,false,38,15553,Xã Sao Vàng
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15553,Thị trấn Sao Vàng,false,38,15553,Xã Sao Vàng
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15556,Thị trấn Lam Sơn,false,38,15544,Xã Lam Sơn
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15559,Xã Xuân Thiên,false,38,15568,Xã Thọ Lập
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15565,Xã Thuận Minh,false,38,15568,Xã Thọ Lập
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15568,Xã Thọ Lập,false,38,15568,Xã Thọ Lập
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15571,Xã Quảng Phú,false,38,15574,Xã Xuân Tín
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15574,Xã Xuân Tín,false,38,15574,Xã Xuân Tín
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15577,Xã Phú Xuân,false,38,15574,Xã Xuân Tín
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15583,Xã Xuân Lai,false,38,15592,Xã Xuân Lập
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15586,Xã Xuân Lập,false,38,15592,Xã Xuân Lập
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15592,Xã Xuân Minh,false,38,15592,Xã Xuân Lập
38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15598,Xã Trường Xuân,false,38,15592,Xã Xuân Lập
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15607,Xã Bát Mọt,false,38,15607,Xã Bát Mọt
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15610,Xã Yên Nhân,false,38,15610,Xã Yên Nhân
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15619,Xã Xuân Lẹ,false,38,15658,Xã Xuân Chinh
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15622,Xã Vạn Xuân,false,38,15622,Xã Vạn Xuân
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15628,Xã Lương Sơn,false,38,15628,Xã Lương Sơn
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15631,Xã Xuân Cao,false,38,15634,Xã Luận Thành
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15634,Xã Luận Thành,false,38,15634,Xã Luận Thành
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15637,Xã Luận Khê,true,38,15634,Xã Luận Thành
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15637,Xã Luận Khê,true,38,15661,Xã Tân Thành
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15640,Xã Xuân Thắng,false,38,15643,Xã Thắng Lộc
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15643,Xã Xuân Lộc,false,38,15643,Xã Thắng Lộc
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15646,Thị trấn Thường Xuân,false,38,15646,Xã Thường Xuân
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15649,Xã Xuân Dương,false,38,15646,Xã Thường Xuân
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15652,Xã Thọ Thanh,false,38,15646,Xã Thường Xuân
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15655,Xã Ngọc Phụng,false,38,15646,Xã Thường Xuân
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15658,Xã Xuân Chinh,false,38,15658,Xã Xuân Chinh
38,Tỉnh Thanh Hóa,396,Huyện Thường Xuân,15661,Xã Tân Thành,false,38,15661,Xã Tân Thành
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15664,Thị trấn Triệu Sơn,false,38,15664,Xã Triệu Sơn
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15667,Xã Thọ Sơn,false,38,15667,Xã Thọ Bình
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15670,Xã Thọ Bình,false,38,15667,Xã Thọ Bình
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15673,Xã Thọ Tiến,false,38,15754,Xã Thọ Ngọc
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15676,Xã Hợp Lý,false,38,15682,Xã Hợp Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15679,Xã Hợp Tiến,false,38,15682,Xã Hợp Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15682,Xã Hợp Thành,false,38,15682,Xã Hợp Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15685,Xã Triệu Thành,false,38,15682,Xã Hợp Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15688,Xã Hợp Thắng,false,38,15682,Xã Hợp Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15691,Xã Minh Sơn,false,38,15664,Xã Triệu Sơn
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15700,Xã Dân Lực,false,38,15664,Xã Triệu Sơn
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15703,Xã Dân Lý,false,38,15664,Xã Triệu Sơn
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15706,Xã Dân Quyền,false,38,15664,Xã Triệu Sơn
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15709,Xã An Nông,false,38,15766,Xã An Nông
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15712,Xã Vân Sơn,false,38,15715,Xã Tân Ninh
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15715,Xã Thái Hòa,false,38,15715,Xã Tân Ninh
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15718,Thị trấn Nưa,false,38,15715,Xã Tân Ninh
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15721,Xã Đồng Lợi,false,38,15724,Xã Đồng Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15724,Xã Đồng Tiến,false,38,15724,Xã Đồng Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15727,Xã Đồng Thắng,false,38,15724,Xã Đồng Tiến
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15730,Xã Tiến Nông,false,38,15766,Xã An Nông
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15733,Xã Khuyến Nông,false,38,15766,Xã An Nông
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15736,Xã Xuân Lộc,false,38,15763,Xã Thọ Phú
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15742,Xã Thọ Dân,false,38,15763,Xã Thọ Phú
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15745,Xã Xuân Thọ,false,38,15754,Xã Thọ Ngọc
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15748,Xã Thọ Tân,false,38,15763,Xã Thọ Phú
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15751,Xã Thọ Ngọc,false,38,15754,Xã Thọ Ngọc
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15754,Xã Thọ Cường,false,38,15754,Xã Thọ Ngọc
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15760,Xã Thọ Phú,false,38,15763,Xã Thọ Phú
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15763,Xã Thọ Thế,false,38,15763,Xã Thọ Phú
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15766,Xã Nông Trường,false,38,15766,Xã An Nông
38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15769,Xã Bình Sơn,false,38,15667,Xã Thọ Bình
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15772,Thị trấn Thiệu Hóa,true,38,15772,Xã Thiệu Hóa
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15772,Thị trấn Thiệu Hóa,true,38,15796,Xã Thiệu Quang
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15772,Thị trấn Thiệu Hóa,true,38,15835,Xã Thiệu Trung
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15775,Xã Thiệu Ngọc,false,38,15778,Xã Thiệu Tiến
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15778,Xã Thiệu Vũ,false,38,15778,Xã Thiệu Tiến
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15781,Xã Thiệu Phúc,false,38,15772,Xã Thiệu Hóa
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15784,Xã Thiệu Tiến,false,38,15778,Xã Thiệu Tiến
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15787,Xã Thiệu Công,false,38,15772,Xã Thiệu Hóa
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15793,Xã Thiệu Long,true,38,15448,Xã Định Hòa
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15793,Xã Thiệu Long,true,38,15772,Xã Thiệu Hóa
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15796,Xã Thiệu Giang,false,38,15796,Xã Thiệu Quang
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15799,Xã Thiệu Duy,false,38,15796,Xã Thiệu Quang
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15802,Xã Thiệu Nguyên,false,38,15772,Xã Thiệu Hóa
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15805,Xã Thiệu Hợp,false,38,15796,Xã Thiệu Quang
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15808,Xã Thiệu Thịnh,false,38,15796,Xã Thiệu Quang
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15811,Xã Thiệu Quang,false,38,15796,Xã Thiệu Quang
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15814,Xã Thiệu Thành,false,38,15778,Xã Thiệu Tiến
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15817,Xã Thiệu Toán,false,38,15820,Xã Thiệu Toán
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15820,Xã Thiệu Chính,false,38,15820,Xã Thiệu Toán
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15823,Xã Thiệu Hòa,false,38,15820,Xã Thiệu Toán
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15829,Thị trấn Hậu Hiền,false,38,15820,Xã Thiệu Toán
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15832,Xã Thiệu Viên,false,38,15835,Xã Thiệu Trung
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15835,Xã Thiệu Lý,false,38,15835,Xã Thiệu Trung
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15838,Xã Thiệu Vận,false,38,15835,Xã Thiệu Trung
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15841,Xã Thiệu Trung,false,38,15835,Xã Thiệu Trung
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15847,Xã Tân Châu,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,398,Huyện Thiệu Hóa,15853,Xã Thiệu Giao,false,38,15853,Phường Đông Tiến
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15865,Thị trấn Bút Sơn,false,38,15865,Xã Hoằng Hóa
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15877,Xã Hoằng Xuân,false,38,15880,Xã Hoằng Giang
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15880,Xã Hoằng Giang,false,38,15880,Xã Hoằng Giang
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15883,Xã Hoằng Phú,false,38,15889,Xã Hoằng Phú
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15886,Xã Hoằng Quỳ,false,38,15880,Xã Hoằng Giang
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15889,Xã Hoằng Kim,false,38,15889,Xã Hoằng Phú
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15892,Xã Hoằng Trung,false,38,15889,Xã Hoằng Phú
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15895,Xã Hoằng Trinh,false,38,15910,Xã Hoằng Sơn
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15901,Xã Hoằng Sơn,false,38,15910,Xã Hoằng Sơn
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15907,Xã Hoằng Cát,false,38,15910,Xã Hoằng Sơn
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15910,Xã Hoằng Xuyên,false,38,15910,Xã Hoằng Sơn
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15916,Xã Hoằng Quý,false,38,15889,Xã Hoằng Phú
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15919,Xã Hoằng Hợp,false,38,15880,Xã Hoằng Giang
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15928,Xã Hoằng Đức,false,38,15865,Xã Hoằng Hóa
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15937,Xã Hoằng Hà,false,38,15865,Xã Hoằng Hóa
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15940,Xã Hoằng Đạt,false,38,15865,Xã Hoằng Hóa
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15946,Xã Hoằng Đạo,false,38,15865,Xã Hoằng Hóa
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15949,Xã Hoằng Thắng,false,38,15976,Xã Hoằng Châu
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15952,Xã Hoằng Đồng,false,38,15865,Xã Hoằng Hóa
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15955,Xã Hoằng Thái,false,38,15961,Xã Hoằng Lộc
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15958,Xã Hoằng Thịnh,false,38,15961,Xã Hoằng Lộc
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15961,Xã Hoằng Thành,false,38,15961,Xã Hoằng Lộc
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15964,Xã Hoằng Lộc,false,38,15961,Xã Hoằng Lộc
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15967,Xã Hoằng Trạch,false,38,15961,Xã Hoằng Lộc
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15973,Xã Hoằng Phong,false,38,15976,Xã Hoằng Châu
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15976,Xã Hoằng Lưu,false,38,15976,Xã Hoằng Châu
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15979,Xã Hoằng Châu,false,38,15976,Xã Hoằng Châu
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15982,Xã Hoằng Tân,false,38,15961,Xã Hoằng Lộc
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15985,Xã Hoằng Yến,false,38,15991,Xã Hoằng Tiến
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15988,Xã Hoằng Tiến,false,38,15991,Xã Hoằng Tiến
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15991,Xã Hoằng Hải,false,38,15991,Xã Hoằng Tiến
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15994,Xã Hoằng Ngọc,false,38,16000,Xã Hoằng Thanh
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,15997,Xã Hoằng Đông,false,38,16000,Xã Hoằng Thanh
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,16000,Xã Hoằng Thanh,false,38,16000,Xã Hoằng Thanh
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,16003,Xã Hoằng Phụ,false,38,16000,Xã Hoằng Thanh
38,Tỉnh Thanh Hóa,399,Huyện Hoằng Hóa,16006,Xã Hoằng Trường,false,38,15991,Xã Hoằng Tiến
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16012,Thị trấn Hậu Lộc,false,38,16012,Xã Hậu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16015,Xã Đồng Lộc,false,38,16033,Xã Đông Thành
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16018,Xã Đại Lộc,false,38,16021,Xã Triệu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16021,Xã Triệu Lộc,false,38,16021,Xã Triệu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16027,Xã Tiến Lộc,false,38,16021,Xã Triệu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16030,Xã Lộc Sơn,false,38,16012,Xã Hậu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16033,Xã Cầu Lộc,false,38,16033,Xã Đông Thành
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16036,Xã Thành Lộc,false,38,16033,Xã Đông Thành
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16042,Xã Tuy Lộc,false,38,16033,Xã Đông Thành
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16045,Xã Mỹ Lộc,false,38,16012,Xã Hậu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16048,Xã Thuần Lộc,false,38,16012,Xã Hậu Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16057,Xã Xuân Lộc,false,38,16072,Xã Hoa Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16063,Xã Hoa Lộc,false,38,16072,Xã Hoa Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16066,Xã Liên Lộc,false,38,16072,Xã Hoa Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16069,Xã Quang Lộc,false,38,16072,Xã Hoa Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16072,Xã Phú Lộc,false,38,16072,Xã Hoa Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16075,Xã Hòa Lộc,false,38,16072,Xã Hoa Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16078,Xã Minh Lộc,false,38,16078,Xã Vạn Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16081,Xã Hưng Lộc,false,38,16078,Xã Vạn Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16084,Xã Hải Lộc,false,38,16078,Xã Vạn Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16087,Xã Đa Lộc,false,38,16078,Xã Vạn Lộc
38,Tỉnh Thanh Hóa,400,Huyện Hậu Lộc,16090,Xã Ngư Lộc,false,38,16078,Xã Vạn Lộc
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16093,Thị trấn Nga Sơn,false,38,16093,Xã Nga Sơn
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16096,Xã Ba Đình,false,38,16171,Xã Ba Đình
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16099,Xã Nga Vịnh,false,38,16171,Xã Ba Đình
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16102,Xã Nga Văn,false,38,16114,Xã Nga Thắng
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16105,Xã Nga Thiện,false,38,16171,Xã Ba Đình
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16108,Xã Nga Tiến,false,38,16108,Xã Tân Tiến
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16114,Xã Nga Phượng,false,38,16114,Xã Nga Thắng
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16120,Xã Nga Hiệp,false,38,16093,Xã Nga Sơn
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16123,Xã Nga Thanh,false,38,16093,Xã Nga Sơn
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16132,Xã Nga Yên,false,38,16093,Xã Nga Sơn
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16135,Xã Nga Giáp,false,38,16138,Xã Hồ Vương
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16138,Xã Nga Hải,false,38,16138,Xã Hồ Vương
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16141,Xã Nga Thành,false,38,16138,Xã Hồ Vương
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16144,Xã Nga An,false,38,16144,Xã Nga An
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16147,Xã Nga Phú,false,38,16144,Xã Nga An
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16150,Xã Nga Điền,false,38,16144,Xã Nga An
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16153,Xã Nga Tân,false,38,16108,Xã Tân Tiến
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16156,Xã Nga Thủy,false,38,16093,Xã Nga Sơn
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16159,Xã Nga Liên,false,38,16138,Xã Hồ Vương
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16162,Xã Nga Thái,false,38,16108,Xã Tân Tiến
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16165,Xã Nga Thạch,false,38,16114,Xã Nga Thắng
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16168,Xã Nga Thắng,false,38,16114,Xã Nga Thắng
38,Tỉnh Thanh Hóa,401,Huyện Nga Sơn,16171,Xã Nga Trường,false,38,16171,Xã Ba Đình
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16174,Thị trấn Yên Cát,false,38,16174,Xã Như Xuân
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16177,Xã Bãi Trành,false,38,16177,Xã Xuân Bình
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16180,Xã Xuân Hòa,false,38,16177,Xã Xuân Bình
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16183,Xã Xuân Bình,false,38,16177,Xã Xuân Bình
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16186,Xã Hóa Quỳ,false,38,16186,Xã Hóa Quỳ
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16195,Xã Cát Vân,false,38,16225,Xã Thượng Ninh
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16198,Xã Cát Tân,false,38,16225,Xã Thượng Ninh
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16201,Xã Tân Bình,false,38,16174,Xã Như Xuân
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16204,Xã Bình Lương,false,38,16186,Xã Hóa Quỳ
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16207,Xã Thanh Quân,false,38,16222,Xã Thanh Quân
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16210,Xã Thanh Xuân,false,38,16222,Xã Thanh Quân
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16213,Xã Thanh Hòa,false,38,16213,Xã Thanh Phong
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16216,Xã Thanh Phong,false,38,16213,Xã Thanh Phong
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16219,Xã Thanh Lâm,false,38,16213,Xã Thanh Phong
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16222,Xã Thanh Sơn,false,38,16222,Xã Thanh Quân
38,Tỉnh Thanh Hóa,402,Huyện Như Xuân,16225,Xã Thượng Ninh,false,38,16225,Xã Thượng Ninh
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16228,Thị trấn Bến Sung,false,38,16228,Xã Như Thanh
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16231,Xã Cán Khê,false,38,16234,Xã Xuân Du
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16234,Xã Xuân Du,false,38,16234,Xã Xuân Du
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16240,Xã Phượng Nghi,false,38,16234,Xã Xuân Du
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16243,Xã Mậu Lâm,false,38,16249,Xã Mậu Lâm
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16246,Xã Xuân Khang,false,38,16228,Xã Như Thanh
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16249,Xã Phú Nhuận,false,38,16249,Xã Mậu Lâm
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16252,Xã Hải Long,false,38,16228,Xã Như Thanh
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16258,Xã Xuân Thái,false,38,16258,Xã Xuân Thái
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16261,Xã Xuân Phúc,false,38,16264,Xã Yên Thọ
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16264,Xã Yên Thọ,true,38,16228,Xã Như Thanh
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16264,Xã Yên Thọ,true,38,16264,Xã Yên Thọ
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16267,Xã Yên Lạc,false,38,16264,Xã Yên Thọ
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16273,Xã Thanh Tân,true,38,16369,Xã Công Chính
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16273,Xã Thanh Tân,true,38,16273,Xã Thanh Kỳ
38,Tỉnh Thanh Hóa,403,Huyện Như Thanh,16276,Xã Thanh Kỳ,false,38,16273,Xã Thanh Kỳ
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16279,Thị trấn Nông Cống,false,38,16279,Xã Nông Cống
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16282,Xã Tân Phúc,false,38,16297,Xã Trung Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16285,Xã Tân Thọ,false,38,16297,Xã Trung Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16288,Xã Hoàng Sơn,false,38,16297,Xã Trung Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16291,Xã Tân Khang,false,38,16297,Xã Trung Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16294,Xã Hoàng Giang,false,38,16297,Xã Trung Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16297,Xã Trung Chính,false,38,16297,Xã Trung Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16303,Xã Trung Thành,false,38,16309,Xã Thắng Lợi
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16309,Xã Tế Thắng,false,38,16309,Xã Thắng Lợi
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16315,Xã Tế Lợi,false,38,16309,Xã Thắng Lợi
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16318,Xã Tế Nông,false,38,16309,Xã Thắng Lợi
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16321,Xã Minh Nghĩa,false,38,16279,Xã Nông Cống
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16324,Xã Minh Khôi,false,38,16279,Xã Nông Cống
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16327,Xã Vạn Hòa,false,38,16279,Xã Nông Cống
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16330,Xã Trường Trung,false,38,16348,Xã Trường Văn
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16333,Xã Vạn Thắng,false,38,16279,Xã Nông Cống
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16336,Xã Trường Giang,false,38,16348,Xã Trường Văn
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16339,Xã Vạn Thiện,false,38,16279,Xã Nông Cống
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16342,Xã Thăng Long,false,38,16342,Xã Thăng Bình
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16345,Xã Trường Minh,false,38,16348,Xã Trường Văn
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16348,Xã Trường Sơn,false,38,16348,Xã Trường Văn
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16351,Xã Thăng Bình,false,38,16342,Xã Thăng Bình
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16354,Xã Công Liêm,false,38,16369,Xã Công Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16357,Xã Tượng Văn,false,38,16363,Xã Tượng Lĩnh
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16360,Xã Thăng Thọ,false,38,16342,Xã Thăng Bình
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16363,Xã Tượng Lĩnh,false,38,16363,Xã Tượng Lĩnh
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16366,Xã Tượng Sơn,false,38,16363,Xã Tượng Lĩnh
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16369,Xã Công Chính,false,38,16369,Xã Công Chính
38,Tỉnh Thanh Hóa,404,Huyện Nông Cống,16375,Xã Yên Mỹ,false,38,16369,Xã Công Chính
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16438,Thị trấn Tân Phong,false,38,16438,Xã Lưu Vệ
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16447,Xã Quảng Trạch,false,38,16480,Xã Quảng Yên
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16453,Xã Quảng Đức,false,38,16438,Xã Lưu Vệ
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16456,Xã Quảng Định,false,38,16438,Xã Lưu Vệ
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16462,Xã Quảng Nhân,false,38,16540,Xã Quảng Ninh
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16465,Xã Quảng Ninh,false,38,16540,Xã Quảng Ninh
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16468,Xã Quảng Bình,false,38,16543,Xã Quảng Bình
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16471,Xã Quảng Hợp,false,38,16498,Xã Quảng Ngọc
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16474,Xã Quảng Văn,false,38,16498,Xã Quảng Ngọc
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16477,Xã Quảng Long,false,38,16480,Xã Quảng Yên
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16480,Xã Quảng Yên,false,38,16480,Xã Quảng Yên
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16483,Xã Quảng Hòa,false,38,16480,Xã Quảng Yên
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16489,Xã Quảng Khê,false,38,16489,Xã Quảng Chính
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16492,Xã Quảng Trung,false,38,16489,Xã Quảng Chính
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16495,Xã Quảng Chính,false,38,16489,Xã Quảng Chính
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16498,Xã Quảng Ngọc,false,38,16498,Xã Quảng Ngọc
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16501,Xã Quảng Trường,false,38,16489,Xã Quảng Chính
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16510,Xã Quảng Phúc,false,38,16498,Xã Quảng Ngọc
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16519,Xã Quảng Giao,false,38,16516,Phường Nam Sầm Sơn
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16540,Xã Quảng Hải,false,38,16540,Xã Quảng Ninh
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16543,Xã Quảng Lưu,false,38,16543,Xã Quảng Bình
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16546,Xã Quảng Lộc,false,38,16543,Xã Quảng Bình
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16549,Xã Tiên Trang,false,38,16549,Xã Tiên Trang
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16552,Xã Quảng Nham,false,38,16549,Xã Tiên Trang
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16555,Xã Quảng Thạch,false,38,16549,Xã Tiên Trang
38,Tỉnh Thanh Hóa,406,Huyện Quảng Xương,16558,Xã Quảng Thái,false,38,16543,Xã Quảng Bình
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16561,Phường Hải Hòa,false,38,16561,Phường Tĩnh Gia
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16564,Phường Hải Châu,false,38,16576,Phường Ngọc Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16567,Xã Thanh Thủy,false,38,16576,Phường Ngọc Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16570,Xã Thanh Sơn,false,38,16576,Phường Ngọc Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16576,Phường Hải Ninh,false,38,16576,Phường Ngọc Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16579,Xã Anh Sơn,false,38,16591,Xã Các Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16582,Xã Ngọc Lĩnh,false,38,16594,Phường Tân Dân
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16585,Phường Hải An,false,38,16594,Phường Tân Dân
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16591,Xã Các Sơn,false,38,16591,Xã Các Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16594,Phường Tân Dân,false,38,16594,Phường Tân Dân
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16597,Phường Hải Lĩnh,false,38,16597,Phường Hải Lĩnh
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16600,Xã Định Hải,false,38,16597,Phường Hải Lĩnh
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16603,Xã Phú Sơn,false,38,16624,Phường Trúc Lâm
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16606,Phường Ninh Hải,false,38,16597,Phường Hải Lĩnh
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16609,Phường Nguyên Bình,false,38,16609,Phường Đào Duy Từ
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16612,Xã Hải Nhân,false,38,16561,Phường Tĩnh Gia
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16618,Phường Bình Minh,false,38,16561,Phường Tĩnh Gia
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16621,Phường Hải Thanh,false,38,16561,Phường Tĩnh Gia
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16624,Xã Phú Lâm,false,38,16624,Phường Trúc Lâm
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16627,Phường Xuân Lâm,false,38,16609,Phường Đào Duy Từ
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16630,Phường Trúc Lâm,false,38,16624,Phường Trúc Lâm
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16633,Phường Hải Bình,false,38,16645,Phường Hải Bình
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16636,Xã Tân Trường,false,38,16636,Xã Trường Lâm
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16639,Xã Tùng Lâm,false,38,16624,Phường Trúc Lâm
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16642,Phường Tĩnh Hải,false,38,16645,Phường Hải Bình
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16645,Phường Mai Lâm,false,38,16645,Phường Hải Bình
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16648,Xã Trường Lâm,false,38,16636,Xã Trường Lâm
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16654,Phường Hải Thượng,false,38,16654,Phường Nghi Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16657,Xã Nghi Sơn,false,38,16654,Phường Nghi Sơn
38,Tỉnh Thanh Hóa,407,Thị xã Nghi Sơn,16660,Xã Hải Hà,false,38,16654,Phường Nghi Sơn
40,Tỉnh Nghệ An,412,Thành phố Vinh,16663,Phường Đông Vĩnh,false,40,16681,Phường Thành Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16666,Phường Hà Huy Tập,false,40,16702,Phường Vinh Phú
40,Tỉnh Nghệ An,412,Thành phố Vinh,16669,Phường Lê Lợi,false,40,16681,Phường Thành Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16670,Phường Quán Bàu,false,40,17920,Phường Vinh Hưng
40,Tỉnh Nghệ An,412,Thành phố Vinh,16672,Phường Hưng Bình,false,40,16681,Phường Thành Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16673,Phường Hưng Phúc,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16675,Phường Hưng Dũng,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16678,Phường Cửa Nam,false,40,16681,Phường Thành Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16681,Phường Quang Trung,false,40,16681,Phường Thành Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16690,Phường Trường Thi,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16693,Phường Bến Thủy,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16699,Phường Trung Đô,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16702,Phường Nghi Phú,false,40,16702,Phường Vinh Phú
40,Tỉnh Nghệ An,412,Thành phố Vinh,16705,Phường Hưng Đông,false,40,17920,Phường Vinh Hưng
40,Tỉnh Nghệ An,412,Thành phố Vinh,16708,Phường Hưng Lộc,false,40,16708,Phường Vinh Lộc
40,Tỉnh Nghệ An,412,Thành phố Vinh,16711,Xã Hưng Hòa,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16714,Phường Vinh Tân,false,40,16690,Phường Trường Vinh
40,Tỉnh Nghệ An,412,Thành phố Vinh,16717,Phường Nghi Thủy,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,16720,Phường Nghi Tân,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,16723,Phường Thu Thủy,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,16726,Phường Nghi Hòa,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,16729,Phường Nghi Hải,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,16732,Phường Nghi Hương,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,16735,Phường Nghi Thu,false,40,16732,Phường Cửa Lò
40,Tỉnh Nghệ An,412,Thành phố Vinh,17902,Xã Nghi Phong,false,40,16708,Phường Vinh Lộc
40,Tỉnh Nghệ An,412,Thành phố Vinh,17905,Xã Nghi Xuân,false,40,16708,Phường Vinh Lộc
40,Tỉnh Nghệ An,412,Thành phố Vinh,17908,Xã Nghi Liên,false,40,17920,Phường Vinh Hưng
40,Tỉnh Nghệ An,412,Thành phố Vinh,17914,Xã Nghi Ân,false,40,16702,Phường Vinh Phú
40,Tỉnh Nghệ An,412,Thành phố Vinh,17917,Xã Phúc Thọ,false,40,16708,Phường Vinh Lộc
40,Tỉnh Nghệ An,412,Thành phố Vinh,17920,Xã Nghi Kim,false,40,17920,Phường Vinh Hưng
40,Tỉnh Nghệ An,412,Thành phố Vinh,17923,Phường Nghi Đức,false,40,16702,Phường Vinh Phú
40,Tỉnh Nghệ An,412,Thành phố Vinh,17926,Xã Nghi Thái,false,40,16708,Phường Vinh Lộc
40,Tỉnh Nghệ An,412,Thành phố Vinh,18013,Xã Hưng Chính,false,40,16681,Phường Thành Vinh
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,16939,Phường Hòa Hiếu,false,40,16939,Phường Thái Hòa
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,16993,Phường Quang Phong,false,40,16939,Phường Thái Hòa
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,16994,Phường Quang Tiến,false,40,17011,Phường Tây Hiếu
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,17003,Phường Long Sơn,false,40,16939,Phường Thái Hòa
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,17005,Xã Nghĩa Tiến,false,40,17011,Phường Tây Hiếu
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,17008,Xã Nghĩa Mỹ,false,40,17017,Xã Đông Hiếu
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,17011,Xã Tây Hiếu,false,40,17011,Phường Tây Hiếu
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,17014,Xã Nghĩa Thuận,false,40,17017,Xã Đông Hiếu
40,Tỉnh Nghệ An,414,Thị xã Thái Hòa,17017,Xã Đông Hiếu,false,40,17017,Xã Đông Hiếu
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16738,Thị trấn Kim Sơn,false,40,16738,Xã Quế Phong
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16741,Xã Thông Thụ,false,40,16744,Xã Thông Thụ
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16744,Xã Đồng Văn,false,40,16744,Xã Thông Thụ
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16747,Xã Hạnh Dịch,false,40,16750,Xã Tiền Phong
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16750,Xã Tiền Phong,false,40,16750,Xã Tiền Phong
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16753,Xã Nậm Giải,false,40,16738,Xã Quế Phong
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16756,Xã Tri Lễ,false,40,16756,Xã Tri Lễ
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16759,Xã Châu Kim,false,40,16738,Xã Quế Phong
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16763,Xã Mường Nọc,false,40,16738,Xã Quế Phong
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16765,Xã Châu Thôn,false,40,16774,Xã Mường Quàng
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16768,Xã Nậm Nhoóng,false,40,16756,Xã Tri Lễ
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16771,Xã Quang Phong,false,40,16774,Xã Mường Quàng
40,Tỉnh Nghệ An,415,Huyện Quế Phong,16774,Xã Cắm Muộn,false,40,16774,Xã Mường Quàng
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16777,Thị trấn Tân Lạc,false,40,16777,Xã Quỳ Châu
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16780,Xã Châu Bính,false,40,16792,Xã Châu Tiến
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16783,Xã Châu Thuận,false,40,16792,Xã Châu Tiến
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16786,Xã Châu Hội,false,40,16777,Xã Quỳ Châu
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16789,Xã Châu Nga,false,40,16777,Xã Quỳ Châu
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16792,Xã Châu Tiến,false,40,16792,Xã Châu Tiến
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16795,Xã Châu Hạnh,false,40,16777,Xã Quỳ Châu
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16798,Xã Châu Thắng,false,40,16792,Xã Châu Tiến
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16801,Xã Châu Phong,false,40,16801,Xã Hùng Chân
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16804,Xã Châu Bình,false,40,16804,Xã Châu Bình
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16807,Xã Châu Hoàn,false,40,16801,Xã Hùng Chân
40,Tỉnh Nghệ An,416,Huyện Quỳ Châu,16810,Xã Diên Lãm,false,40,16801,Xã Hùng Chân
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16813,Thị trấn Mường Xén,false,40,16813,Xã Mường Xén
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16816,Xã Mỹ Lý,false,40,16816,Xã Mỹ Lý
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16819,Xã Bắc Lý,false,40,16819,Xã Bắc Lý
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16822,Xã Keng Đu,false,40,16822,Xã Keng Đu
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16825,Xã Đoọc Mạy,false,40,16834,Xã Na Loi
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16828,Xã Huồi Tụ,false,40,16828,Xã Huồi Tụ
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16831,Xã Mường Lống,false,40,16831,Xã Mường Lống
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16834,Xã Na Loi,false,40,16834,Xã Na Loi
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16837,Xã Nậm Cắn,false,40,16837,Xã Nậm Cắn
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16840,Xã Bảo Nam,false,40,16849,Xã Hữu Kiệm
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16843,Xã Phà Đánh,false,40,16837,Xã Nậm Cắn
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16846,Xã Bảo Thắng,false,40,16855,Xã Chiêu Lưu
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16849,Xã Hữu Lập,false,40,16849,Xã Hữu Kiệm
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16852,Xã Tà Cạ,false,40,16813,Xã Mường Xén
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16855,Xã Chiêu Lưu,false,40,16855,Xã Chiêu Lưu
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16858,Xã Mường Típ,false,40,16858,Xã Mường Típ
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16861,Xã Hữu Kiệm,false,40,16849,Xã Hữu Kiệm
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16864,Xã Tây Sơn,false,40,16813,Xã Mường Xén
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16867,Xã Mường Ải,false,40,16858,Xã Mường Típ
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16870,Xã Na Ngoi,false,40,16870,Xã Na Ngoi
40,Tỉnh Nghệ An,417,Huyện Kỳ Sơn,16873,Xã Nậm Càn,false,40,16870,Xã Na Ngoi
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16876,Thị trấn Thạch Giám,false,40,16876,Xã Tương Dương
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16879,Xã Mai Sơn,false,40,16882,Xã Nhôn Mai
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16882,Xã Nhôn Mai,false,40,16882,Xã Nhôn Mai
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16885,Xã Hữu Khuông,false,40,16885,Xã Hữu Khuông
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16900,Xã Yên Tĩnh,false,40,16912,Xã Yên Na
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16903,Xã Nga My,false,40,16903,Xã Nga My
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16904,Xã Xiêng My,false,40,16903,Xã Nga My
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16906,Xã Lượng Minh,false,40,16906,Xã Lượng Minh
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16909,Xã Yên Hòa,false,40,16909,Xã Yên Hòa
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16912,Xã Yên Na,false,40,16912,Xã Yên Na
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16915,Xã Lưu Kiền,false,40,16876,Xã Tương Dương
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16921,Xã Xá Lượng,false,40,16876,Xã Tương Dương
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16924,Xã Tam Thái,false,40,16936,Xã Tam Thái
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16927,Xã Tam Đình,false,40,16933,Xã Tam Quang
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16930,Xã Yên Thắng,false,40,16909,Xã Yên Hòa
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16933,Xã Tam Quang,false,40,16933,Xã Tam Quang
40,Tỉnh Nghệ An,418,Huyện Tương Dương,16936,Xã Tam Hợp,false,40,16936,Xã Tam Thái
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16941,Thị trấn Nghĩa Đàn,false,40,16941,Xã Nghĩa Đàn
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16942,Xã Nghĩa Mai,false,40,16975,Xã Nghĩa Mai
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16945,Xã Nghĩa Yên,false,40,16951,Xã Nghĩa Lâm
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16948,Xã Nghĩa Lạc,false,40,16951,Xã Nghĩa Lâm
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16951,Xã Nghĩa Lâm,false,40,16951,Xã Nghĩa Lâm
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16954,Xã Nghĩa Sơn,false,40,16951,Xã Nghĩa Lâm
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16957,Xã Nghĩa Lợi,false,40,16969,Xã Nghĩa Thọ
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16960,Xã Nghĩa Bình,false,40,16941,Xã Nghĩa Đàn
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16966,Xã Nghĩa Minh,false,40,16975,Xã Nghĩa Mai
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16969,Xã Nghĩa Thọ,false,40,16969,Xã Nghĩa Thọ
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16972,Xã Nghĩa Hưng,false,40,16972,Xã Nghĩa Hưng
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16975,Xã Nghĩa Hồng,false,40,16975,Xã Nghĩa Mai
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16981,Xã Nghĩa Trung,false,40,16941,Xã Nghĩa Đàn
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16984,Xã Nghĩa Hội,false,40,16969,Xã Nghĩa Thọ
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,16987,Xã Nghĩa Thành,false,40,16972,Xã Nghĩa Hưng
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,17020,Xã Nghĩa Đức,false,40,17032,Xã Nghĩa Khánh
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,17023,Xã Nghĩa An,false,40,17032,Xã Nghĩa Khánh
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,17026,Xã Nghĩa Long,false,40,17029,Xã Nghĩa Lộc
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,17029,Xã Nghĩa Lộc,false,40,17029,Xã Nghĩa Lộc
40,Tỉnh Nghệ An,419,Huyện Nghĩa Đàn,17032,Xã Nghĩa Khánh,false,40,17032,Xã Nghĩa Khánh
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17035,Thị trấn Quỳ Hợp,false,40,17035,Xã Quỳ Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17038,Xã Yên Hợp,false,40,17059,Xã Tam Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17041,Xã Châu Tiến,false,40,17044,Xã Châu Hồng
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17044,Xã Châu Hồng,false,40,17044,Xã Châu Hồng
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17047,Xã Đồng Hợp,false,40,17059,Xã Tam Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17050,Xã Châu Thành,false,40,17044,Xã Châu Hồng
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17053,Xã Liên Hợp,false,40,17056,Xã Châu Lộc
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17056,Xã Châu Lộc,false,40,17056,Xã Châu Lộc
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17059,Xã Tam Hợp,false,40,17059,Xã Tam Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17062,Xã Châu Cường,false,40,17077,Xã Mường Ham
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17065,Xã Châu Quang,false,40,17035,Xã Quỳ Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17068,Xã Thọ Hợp,false,40,17035,Xã Quỳ Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17071,Xã Minh Hợp,false,40,17071,Xã Minh Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17074,Xã Nghĩa Xuân,false,40,17059,Xã Tam Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17077,Xã Châu Thái,false,40,17077,Xã Mường Ham
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17080,Xã Châu Đình,false,40,17035,Xã Quỳ Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17083,Xã Văn Lợi,false,40,17071,Xã Minh Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17086,Xã Nam Sơn,false,40,17089,Xã Mường Chọng
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17089,Xã Châu Lý,false,40,17089,Xã Mường Chọng
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17092,Xã Hạ Sơn,false,40,17071,Xã Minh Hợp
40,Tỉnh Nghệ An,420,Huyện Quỳ Hợp,17095,Xã Bắc Sơn,false,40,17089,Xã Mường Chọng
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17101,Xã Quỳnh Thắng,false,40,17224,Xã Quỳnh Thắng
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17119,Xã Quỳnh Tân,false,40,17143,Xã Quỳnh Văn
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17122,Xã Quỳnh Châu,false,40,17149,Xã Quỳnh Tam
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17140,Xã Tân Sơn,false,40,17149,Xã Quỳnh Tam
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17143,Xã Quỳnh Văn,false,40,17143,Xã Quỳnh Văn
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17146,Xã Ngọc Sơn,false,40,17170,Xã Quỳnh Sơn
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17149,Xã Quỳnh Tam,false,40,17149,Xã Quỳnh Tam
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17152,Xã Quỳnh Sơn,false,40,17170,Xã Quỳnh Sơn
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17155,Xã Quỳnh Thạch,false,40,17143,Xã Quỳnh Văn
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17158,Xã Quỳnh Bảng,false,40,17176,Xã Quỳnh Anh
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17164,Xã Quỳnh Thanh,false,40,17176,Xã Quỳnh Anh
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17167,Xã Quỳnh Hậu,false,40,17179,Xã Quỳnh Lưu
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17170,Xã Quỳnh Lâm,false,40,17170,Xã Quỳnh Sơn
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17173,Xã Quỳnh Đôi,false,40,17176,Xã Quỳnh Anh
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17176,Xã Minh Lương,false,40,17176,Xã Quỳnh Anh
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17179,Thị trấn Cầu Giát,false,40,17179,Xã Quỳnh Lưu
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17182,Xã Quỳnh Yên,false,40,17176,Xã Quỳnh Anh
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17185,Xã Bình Sơn,false,40,17179,Xã Quỳnh Lưu
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17191,Xã Quỳnh Diễn,false,40,17179,Xã Quỳnh Lưu
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17197,Xã Quỳnh Giang,false,40,17179,Xã Quỳnh Lưu
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17206,Xã An Hòa,false,40,17212,Xã Quỳnh Phú
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17209,Xã Phú Nghĩa,false,40,17212,Xã Quỳnh Phú
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17212,Xã Văn Hải,false,40,17212,Xã Quỳnh Phú
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17218,Xã Thuận Long,false,40,17212,Xã Quỳnh Phú
40,Tỉnh Nghệ An,421,Huyện Quỳnh Lưu,17224,Xã Tân Thắng,false,40,17224,Xã Quỳnh Thắng
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17230,Xã Bình Chuẩn,false,40,17230,Xã Bình Chuẩn
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17233,Xã Lạng Khê,false,40,17248,Xã Châu Khê
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17236,Xã Cam Lâm,false,40,17242,Xã Cam Phục
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17239,Xã Thạch Ngàn,false,40,17239,Xã Mậu Thạch
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17242,Xã Đôn Phục,false,40,17242,Xã Cam Phục
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17245,Xã Mậu Đức,false,40,17239,Xã Mậu Thạch
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17248,Xã Châu Khê,false,40,17248,Xã Châu Khê
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17251,Xã Chi Khê,false,40,17254,Xã Con Cuông
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17254,Thị trấn Trà Lân,false,40,17254,Xã Con Cuông
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17257,Xã Yên Khê,false,40,17254,Xã Con Cuông
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17260,Xã Lục Dạ,false,40,17263,Xã Môn Sơn
40,Tỉnh Nghệ An,422,Huyện Con Cuông,17263,Xã Môn Sơn,false,40,17263,Xã Môn Sơn
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17266,Thị trấn Tân Kỳ,false,40,17266,Xã Tân Kỳ
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17269,Xã Tân Hợp,false,40,17278,Xã Giai Xuân
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17272,Xã Tân Phú,false,40,17272,Xã Tân Phú
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17275,Xã Tân Xuân,false,40,17272,Xã Tân Phú
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17278,Xã Giai Xuân,false,40,17278,Xã Giai Xuân
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17281,Xã Bình Hợp,false,40,17284,Xã Nghĩa Đồng
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17284,Xã Nghĩa Đồng,false,40,17284,Xã Nghĩa Đồng
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17287,Xã Đồng Văn,false,40,17287,Xã Tiên Đồng
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17290,Xã Nghĩa Thái,false,40,17272,Xã Tân Phú
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17296,Xã Hoàn Long,false,40,17272,Xã Tân Phú
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17299,Xã Nghĩa Phúc,false,40,17305,Xã Tân An
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17302,Xã Tiên Kỳ,false,40,17287,Xã Tiên Đồng
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17305,Xã Tân An,false,40,17305,Xã Tân An
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17308,Xã Nghĩa Dũng,false,40,17266,Xã Tân Kỳ
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17314,Xã Kỳ Sơn,false,40,17266,Xã Tân Kỳ
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17317,Xã Hương Sơn,false,40,17305,Xã Tân An
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17320,Xã Kỳ Tân,false,40,17266,Xã Tân Kỳ
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17323,Xã Phú Sơn,false,40,17326,Xã Nghĩa Hành
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17325,Xã Tân Hương,false,40,17326,Xã Nghĩa Hành
40,Tỉnh Nghệ An,423,Huyện Tân Kỳ,17326,Xã Nghĩa Hành,false,40,17326,Xã Nghĩa Hành
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17329,Thị trấn Kim Nhan,false,40,17329,Xã Anh Sơn
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17332,Xã Thọ Sơn,false,40,17335,Xã Thành Bình Thọ
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17335,Xã Thành Sơn,false,40,17335,Xã Thành Bình Thọ
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17338,Xã Bình Sơn,false,40,17335,Xã Thành Bình Thọ
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17344,Xã Tam Đỉnh,false,40,17344,Xã Nhân Hòa
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17347,Xã Hùng Sơn,false,40,17344,Xã Nhân Hòa
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17350,Xã Cẩm Sơn,false,40,17344,Xã Nhân Hòa
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17353,Xã Đức Sơn,false,40,17329,Xã Anh Sơn
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17356,Xã Tường Sơn,false,40,17357,Xã Vĩnh Tường
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17357,Xã Hoa Sơn,false,40,17357,Xã Vĩnh Tường
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17359,Xã Tào Sơn,false,40,17365,Xã Anh Sơn Đông
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17362,Xã Vĩnh Sơn,false,40,17365,Xã Anh Sơn Đông
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17365,Xã Lạng Sơn,false,40,17365,Xã Anh Sơn Đông
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17368,Xã Hội Sơn,false,40,17357,Xã Vĩnh Tường
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17374,Xã Phúc Sơn,false,40,17329,Xã Anh Sơn
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17377,Xã Long Sơn,false,40,17380,Xã Yên Xuân
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17380,Xã Khai Sơn,false,40,17380,Xã Yên Xuân
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17383,Xã Lĩnh Sơn,false,40,17380,Xã Yên Xuân
40,Tỉnh Nghệ An,424,Huyện Anh Sơn,17386,Xã Cao Sơn,false,40,17380,Xã Yên Xuân
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17392,Xã Diễn Lâm,false,40,17395,Xã Hùng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17395,Xã Diễn Đoài,false,40,17395,Xã Hùng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17398,Xã Diễn Trường,false,40,17395,Xã Hùng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17401,Xã Diễn Yên,false,40,17395,Xã Hùng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17404,Xã Diễn Hoàng,false,40,17419,Xã Hải Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17410,Xã Diễn Mỹ,false,40,17419,Xã Hải Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17413,Xã Diễn Hồng,false,40,17416,Xã Đức Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17416,Xã Diễn Phong,false,40,17416,Xã Đức Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17419,Xã Hùng Hải,false,40,17419,Xã Hải Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17425,Xã Diễn Liên,false,40,17443,Xã Quảng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17428,Xã Diễn Vạn,false,40,17416,Xã Đức Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17431,Xã Diễn Kim,false,40,17419,Xã Hải Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17434,Xã Diễn Kỷ,false,40,17416,Xã Đức Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17437,Xã Xuân Tháp,false,40,17443,Xã Quảng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17440,Xã Diễn Thái,false,40,17443,Xã Quảng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17443,Xã Diễn Đồng,false,40,17443,Xã Quảng Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17449,Xã Hạnh Quảng,false,40,17476,Xã Minh Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17452,Xã Ngọc Bích,false,40,17464,Xã Diễn Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17458,Xã Diễn Nguyên,false,40,17476,Xã Minh Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17461,Xã Diễn Hoa,false,40,17464,Xã Diễn Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17464,Thị trấn Diễn Thành,false,40,17464,Xã Diễn Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17467,Xã Diễn Phúc,false,40,17464,Xã Diễn Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17476,Xã Diễn Cát,false,40,17476,Xã Minh Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17479,Xã Diễn Thịnh,false,40,17479,Xã An Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17482,Xã Diễn Tân,false,40,17479,Xã An Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17485,Xã Minh Châu,false,40,17476,Xã Minh Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17488,Xã Diễn Thọ,false,40,17488,Xã Tân Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17491,Xã Diễn Lợi,false,40,17488,Xã Tân Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17494,Xã Diễn Lộc,false,40,17488,Xã Tân Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17497,Xã Diễn Trung,false,40,17479,Xã An Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17500,Xã Diễn An,false,40,17479,Xã An Châu
40,Tỉnh Nghệ An,425,Huyện Diễn Châu,17503,Xã Diễn Phú,false,40,17488,Xã Tân Châu
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17506,Thị trấn Hoa Thành,false,40,17506,Xã Yên Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17509,Xã Mã Thành,false,40,17515,Xã Bình Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17510,Xã Tiến Thành,false,40,17515,Xã Bình Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17512,Xã Lăng Thành,false,40,17524,Xã Giai Lạc
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17515,Xã Tân Thành,false,40,17515,Xã Bình Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17518,Xã Đức Thành,false,40,17515,Xã Bình Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17521,Xã Kim Thành,false,40,17521,Xã Quang Đồng
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17524,Xã Hậu Thành,false,40,17524,Xã Giai Lạc
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17527,Xã Đô Thành,false,40,17530,Xã Đông Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17530,Xã Thọ Thành,false,40,17530,Xã Đông Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17533,Xã Quang Thành,false,40,17521,Xã Quang Đồng
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17536,Xã Tây Thành,false,40,17560,Xã Vân Du
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17539,Xã Phúc Thành,false,40,17524,Xã Giai Lạc
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17542,Xã Phú Thành,false,40,17530,Xã Đông Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17545,Xã Đồng Thành,false,40,17521,Xã Quang Đồng
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17554,Xã Tăng Thành,false,40,17506,Xã Yên Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17557,Xã Văn Thành,false,40,17506,Xã Yên Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17560,Xã Thịnh Thành,false,40,17560,Xã Vân Du
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17566,Xã Xuân Thành,false,40,17569,Xã Quan Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17569,Xã Bắc Thành,false,40,17569,Xã Quan Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17572,Xã Đông Thành,false,40,17506,Xã Yên Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17575,Xã Trung Thành,false,40,17569,Xã Quan Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17578,Xã Long Thành,false,40,17605,Xã Hợp Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17581,Xã Minh Thành,false,40,17560,Xã Vân Du
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17584,Xã Nam Thành,false,40,17569,Xã Quan Thành
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17587,Xã Vĩnh Thành,false,40,17605,Xã Hợp Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17596,Xã Viên Thành,false,40,17605,Xã Hợp Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17602,Xã Liên Thành,false,40,17611,Xã Vân Tụ
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17605,Xã Bảo Thành,false,40,17605,Xã Hợp Minh
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17608,Xã Mỹ Thành,false,40,17611,Xã Vân Tụ
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17611,Xã Vân Tụ,false,40,17611,Xã Vân Tụ
40,Tỉnh Nghệ An,426,Huyện Yên Thành,17614,Xã Sơn Thành,false,40,17605,Xã Hợp Minh
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17617,Thị trấn Đô Lương,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17619,Xã Giang Sơn Đông,false,40,17623,Xã Bạch Ngọc
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17620,Xã Giang Sơn Tây,false,40,17623,Xã Bạch Ngọc
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17623,Xã Bạch Ngọc,false,40,17623,Xã Bạch Ngọc
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17626,Xã Bồi Sơn,false,40,17623,Xã Bạch Ngọc
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17629,Xã Hồng Sơn,false,40,17641,Xã Lương Sơn
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17632,Xã Bài Sơn,false,40,17641,Xã Lương Sơn
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17638,Xã Bắc Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17641,Xã Tràng Sơn,false,40,17641,Xã Lương Sơn
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17644,Xã Thượng Sơn,false,40,17677,Xã Văn Hiến
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17647,Xã Hòa Sơn,false,40,17677,Xã Văn Hiến
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17650,Xã Đặng Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17653,Xã Đông Sơn,false,40,17641,Xã Lương Sơn
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17656,Xã Nam Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17659,Xã Lưu Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17662,Xã Yên Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17665,Xã Văn Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17668,Xã Đà Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17671,Xã Lạc Sơn,false,40,17689,Xã Thuần Trung
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17674,Xã Tân Sơn,false,40,17677,Xã Văn Hiến
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17677,Xã Thái Sơn,false,40,17677,Xã Văn Hiến
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17680,Xã Quang Sơn,false,40,17677,Xã Văn Hiến
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17683,Xã Thịnh Sơn,false,40,17662,Xã Đô Lương
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17686,Xã Trung Sơn,false,40,17689,Xã Thuần Trung
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17689,Xã Xuân Sơn,false,40,17689,Xã Thuần Trung
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17692,Xã Minh Sơn,false,40,17689,Xã Thuần Trung
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17695,Xã Thuận Sơn,false,40,17689,Xã Thuần Trung
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17698,Xã Nhân Sơn,false,40,17689,Xã Thuần Trung
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17701,Xã Hiến Sơn,false,40,17707,Xã Bạch Hà
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17704,Xã Mỹ Sơn,false,40,17707,Xã Bạch Hà
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17707,Xã Trù Sơn,false,40,17707,Xã Bạch Hà
40,Tỉnh Nghệ An,427,Huyện Đô Lương,17710,Xã Đại Sơn,false,40,17707,Xã Bạch Hà
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17713,Thị trấn Dùng,false,40,17713,Xã Đại Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17716,Xã Cát Văn,false,40,17728,Xã Cát Ngạn
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17719,Xã Minh Sơn,false,40,17728,Xã Cát Ngạn
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17722,Xã Hạnh Lâm,false,40,17722,Xã Hạnh Lâm
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17723,Xã Thanh Sơn,false,40,17759,Xã Sơn Lâm
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17728,Xã Phong Thịnh,false,40,17728,Xã Cát Ngạn
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17731,Xã Thanh Phong,false,40,17713,Xã Đại Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17734,Xã Thanh Mỹ,false,40,17743,Xã Tam Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17737,Xã Thanh Tiên,false,40,17743,Xã Tam Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17743,Xã Thanh Liên,false,40,17743,Xã Tam Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17749,Xã Đại Đồng,false,40,17713,Xã Đại Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17755,Xã Thanh Ngọc,false,40,17713,Xã Đại Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17758,Xã Thanh Hương,false,40,17770,Xã Hoa Quân
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17759,Xã Ngọc Lâm,false,40,17759,Xã Sơn Lâm
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17764,Xã Đồng Văn,false,40,17713,Xã Đại Đồng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17767,Xã Ngọc Sơn,false,40,17779,Xã Xuân Lâm
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17770,Xã Thanh Thịnh,false,40,17770,Xã Hoa Quân
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17773,Xã Thanh An,false,40,17770,Xã Hoa Quân
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17776,Xã Thanh Quả,false,40,17770,Xã Hoa Quân
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17779,Xã Xuân Dương,false,40,17779,Xã Xuân Lâm
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17785,Xã Minh Tiến,false,40,17779,Xã Xuân Lâm
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17791,Xã Kim Bảng,false,40,17791,Xã Kim Bảng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17797,Xã Thanh Thủy,false,40,17791,Xã Kim Bảng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17806,Xã Thanh Hà,false,40,17791,Xã Kim Bảng
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17812,Xã Thanh Tùng,false,40,17818,Xã Bích Hào
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17815,Xã Thanh Lâm,false,40,17818,Xã Bích Hào
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17818,Xã Mai Giang,false,40,17818,Xã Bích Hào
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17821,Xã Thanh Xuân,false,40,17818,Xã Bích Hào
40,Tỉnh Nghệ An,428,Huyện Thanh Chương,17824,Xã Thanh Đức,false,40,17722,Xã Hạnh Lâm
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17827,Thị trấn Quán Hành,false,40,17827,Xã Nghi Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17830,Xã Nghi Văn,false,40,17854,Xã Văn Kiều
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17833,Xã Nghi Yên,false,40,17833,Xã Hải Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17836,Xã Nghi Tiến,false,40,17833,Xã Hải Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17839,Xã Nghi Hưng,false,40,17842,Xã Thần Lĩnh
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17842,Xã Nghi Đồng,false,40,17842,Xã Thần Lĩnh
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17845,Xã Nghi Thiết,false,40,17833,Xã Hải Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17848,Xã Nghi Lâm,false,40,17857,Xã Phúc Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17851,Xã Nghi Quang,false,40,17866,Xã Trung Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17854,Xã Nghi Kiều,false,40,17854,Xã Văn Kiều
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17857,Xã Nghi Mỹ,false,40,17857,Xã Phúc Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17860,Xã Nghi Phương,false,40,17842,Xã Thần Lĩnh
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17863,Xã Nghi Thuận,false,40,17866,Xã Trung Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17866,Xã Nghi Long,false,40,17866,Xã Trung Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17869,Xã Nghi Xá,false,40,17866,Xã Trung Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17878,Xã Khánh Hợp,false,40,17878,Xã Đông Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17884,Xã Nghi Công Bắc,false,40,17857,Xã Phúc Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17887,Xã Nghi Công Nam,false,40,17857,Xã Phúc Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17890,Xã Nghi Thạch,false,40,17878,Xã Đông Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17893,Xã Nghi Trung,false,40,17827,Xã Nghi Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17896,Xã Thịnh Trường,false,40,17878,Xã Đông Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17899,Xã Diên Hoa,false,40,17827,Xã Nghi Lộc
40,Tỉnh Nghệ An,429,Huyện Nghi Lộc,17911,Xã Nghi Vạn,false,40,17827,Xã Nghi Lộc
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17932,Xã Nam Hưng,false,40,17935,Xã Nam Đàn
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17935,Xã Nghĩa Thái,false,40,17935,Xã Nam Đàn
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17938,Xã Nam Thanh,false,40,17935,Xã Nam Đàn
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17941,Xã Nam Anh,false,40,17944,Xã Đại Huệ
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17944,Xã Nam Xuân,false,40,17944,Xã Đại Huệ
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17950,Thị trấn Nam Đàn,false,40,17950,Xã Vạn An
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17953,Xã Nam Lĩnh,false,40,17944,Xã Đại Huệ
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17956,Xã Nam Giang,false,40,17971,Xã Kim Liên
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17959,Xã Xuân Hòa,false,40,17950,Xã Vạn An
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17962,Xã Hùng Tiến,false,40,17971,Xã Kim Liên
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17968,Xã Thượng Tân Lộc,false,40,17950,Xã Vạn An
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17971,Xã Kim Liên,false,40,17971,Xã Kim Liên
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17980,Xã Xuân Hồng,false,40,17971,Xã Kim Liên
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17983,Xã Nam Cát,false,40,17971,Xã Kim Liên
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17986,Xã Khánh Sơn,false,40,17989,Xã Thiên Nhẫn
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17989,Xã Trung Phúc Cường,false,40,17989,Xã Thiên Nhẫn
40,Tỉnh Nghệ An,430,Huyện Nam Đàn,17998,Xã Nam Kim,false,40,17989,Xã Thiên Nhẫn
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18001,Thị trấn Hưng Nguyên,false,40,18001,Xã Hưng Nguyên
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18004,Xã Hưng Trung,false,40,18007,Xã Yên Trung
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18007,Xã Hưng Yên Nam,false,40,18007,Xã Yên Trung
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18008,Xã Hưng Yên Bắc,false,40,18007,Xã Yên Trung
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18010,Xã Hưng Tây,false,40,18001,Xã Hưng Nguyên
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18016,Xã Hưng Đạo,false,40,18001,Xã Hưng Nguyên
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18022,Xã Thịnh Mỹ,false,40,18001,Xã Hưng Nguyên
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18025,Xã Hưng Lĩnh,false,40,18028,Xã Hưng Nguyên Nam
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18028,Xã Thông Tân,false,40,18028,Xã Hưng Nguyên Nam
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18037,Xã Hưng Nghĩa,false,40,18040,Xã Lam Thành
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18040,Xã Phúc Lợi,false,40,18040,Xã Lam Thành
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18043,Xã Long Xá,false,40,18028,Xã Hưng Nguyên Nam
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18052,Xã Châu Nhân,false,40,18040,Xã Lam Thành
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18055,Xã Xuân Lam,false,40,18028,Xã Hưng Nguyên Nam
40,Tỉnh Nghệ An,431,Huyện Hưng Nguyên,18064,Xã Hưng Thành,false,40,18040,Xã Lam Thành
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17104,Xã Quỳnh Vinh,false,40,17110,Phường Hoàng Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17107,Xã Quỳnh Lộc,false,40,17128,Phường Tân Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17110,Phường Quỳnh Thiện,false,40,17110,Phường Hoàng Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17113,Xã Quỳnh Lập,false,40,17128,Phường Tân Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17116,Xã Quỳnh Trang,false,40,17110,Phường Hoàng Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17125,Phường Mai Hùng,false,40,17125,Phường Quỳnh Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17128,Phường Quỳnh Dị,false,40,17128,Phường Tân Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17131,Phường Quỳnh Xuân,false,40,17125,Phường Quỳnh Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17134,Phường Quỳnh Phương,false,40,17125,Phường Quỳnh Mai
40,Tỉnh Nghệ An,432,Thị xã Hoàng Mai,17137,Xã Quỳnh Liên,false,40,17125,Phường Quỳnh Mai
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18073,Phường Nam Hà,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18077,Phường Bắc Hà,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18079,Phường Tân Giang,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18082,Phường Đại Nài,true,42,18652,Phường Hà Huy Tập
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18082,Phường Đại Nài,true,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18085,Phường Hà Huy Tập,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18088,Phường Thạch Trung,false,42,18100,Phường Trần Phú
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18091,Phường Thạch Quý,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18094,Phường Trần Phú,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18097,Phường Văn Yên,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18100,Phường Thạch Hạ,false,42,18100,Phường Trần Phú
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18103,Phường Đồng Môn,false,42,18100,Phường Trần Phú
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18109,Phường Thạch Hưng,false,42,18073,Phường Thành Sen
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18112,Xã Thạch Bình,false,42,18685,Xã Cẩm Bình
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18571,Xã Thạch Hải,false,42,18604,Xã Thạch Khê
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18595,Xã Đỉnh Bàn,false,42,18604,Xã Thạch Khê
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18598,Xã Hộ Độ,false,42,18100,Phường Trần Phú
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18604,Xã Thạch Khê,false,42,18604,Xã Thạch Khê
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18619,Xã Thạch Trị,false,42,18619,Xã Đồng Tiến
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18622,Xã Thạch Lạc,false,42,18628,Xã Thạch Lạc
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18628,Xã Tượng Sơn,false,42,18628,Xã Thạch Lạc
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18631,Xã Thạch Văn,false,42,18619,Xã Đồng Tiến
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18637,Xã Thạch Thắng,false,42,18628,Xã Thạch Lạc
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18643,Xã Thạch Đài,false,42,18652,Phường Hà Huy Tập
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18649,Xã Thạch Hội,false,42,18619,Xã Đồng Tiến
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18652,Xã Tân Lâm Hương,false,42,18652,Phường Hà Huy Tập
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18685,Xã Cẩm Bình,false,42,18685,Xã Cẩm Bình
42,Tỉnh Hà Tĩnh,436,Thành phố Hà Tĩnh,18691,Xã Cẩm Vịnh,false,42,18685,Xã Cẩm Bình
42,Tỉnh Hà Tĩnh,437,Thị xã Hồng Lĩnh,18115,Phường Bắc Hồng,false,42,18115,Phường Bắc Hồng Lĩnh
42,Tỉnh Hà Tĩnh,437,Thị xã Hồng Lĩnh,18118,Phường Nam Hồng,false,42,18118,Phường Nam Hồng Lĩnh
42,Tỉnh Hà Tĩnh,437,Thị xã Hồng Lĩnh,18121,Phường Trung Lương,false,42,18115,Phường Bắc Hồng Lĩnh
42,Tỉnh Hà Tĩnh,437,Thị xã Hồng Lĩnh,18124,Phường Đức Thuận,false,42,18115,Phường Bắc Hồng Lĩnh
42,Tỉnh Hà Tĩnh,437,Thị xã Hồng Lĩnh,18127,Phường Đậu Liêu,false,42,18118,Phường Nam Hồng Lĩnh
42,Tỉnh Hà Tĩnh,437,Thị xã Hồng Lĩnh,18130,Xã Thuận Lộc,false,42,18118,Phường Nam Hồng Lĩnh
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18133,Thị trấn Phố Châu,false,42,18133,Xã Hương Sơn
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18136,Thị trấn Tây Sơn,false,42,18172,Xã Sơn Tây
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18139,Xã Sơn Hồng,false,42,18160,Xã Sơn Hồng
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18142,Xã Sơn Tiến,false,42,18163,Xã Sơn Tiến
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18145,Xã Sơn Lâm,false,42,18184,Xã Sơn Giang
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18148,Xã Sơn Lễ,false,42,18163,Xã Sơn Tiến
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18157,Xã Sơn Giang,false,42,18184,Xã Sơn Giang
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18160,Xã Sơn Lĩnh,false,42,18160,Xã Sơn Hồng
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18163,Xã An Hòa Thịnh,false,42,18163,Xã Sơn Tiến
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18172,Xã Sơn Tây,false,42,18172,Xã Sơn Tây
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18175,Xã Sơn Ninh,false,42,18133,Xã Hương Sơn
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18178,Xã Châu Bình,false,42,18202,Xã Tứ Mỹ
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18181,Xã Tân Mỹ Hà,false,42,18202,Xã Tứ Mỹ
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18184,Xã Quang Diệm,false,42,18184,Xã Sơn Giang
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18187,Xã Sơn Trung,false,42,18133,Xã Hương Sơn
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18190,Xã Sơn Bằng,false,42,18133,Xã Hương Sơn
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18196,Xã Sơn Kim 1,false,42,18196,Xã Sơn Kim 1
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18199,Xã Sơn Kim 2,false,42,18199,Xã Sơn Kim 2
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18202,Xã Mỹ Long,false,42,18202,Xã Tứ Mỹ
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18211,Xã Kim Hoa,false,42,18223,Xã Kim Hoa
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18217,Xã Sơn Phú,false,42,18133,Xã Hương Sơn
42,Tỉnh Hà Tĩnh,439,Huyện Hương Sơn,18223,Xã Hàm Trường,false,42,18223,Xã Kim Hoa
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18229,Thị trấn Đức Thọ,false,42,18229,Xã Đức Thọ
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18235,Xã Quang Vĩnh,false,42,18262,Xã Đức Quang
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18241,Xã Tùng Châu,false,42,18244,Xã Đức Minh
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18244,Xã Trường Sơn,false,42,18244,Xã Đức Minh
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18247,Xã Liên Minh,false,42,18244,Xã Đức Minh
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18253,Xã Yên Hồ,false,42,18262,Xã Đức Quang
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18259,Xã Tùng Ảnh,false,42,18229,Xã Đức Thọ
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18262,Xã Bùi La Nhân,false,42,18262,Xã Đức Quang
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18274,Xã Thanh Bình Thịnh,false,42,18277,Xã Đức Thịnh
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18277,Xã Lâm Trung Thủy,false,42,18277,Xã Đức Thịnh
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18280,Xã Hòa Lạc,false,42,18229,Xã Đức Thọ
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18283,Xã Tân Dân,false,42,18229,Xã Đức Thọ
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18298,Xã An Dũng,false,42,18277,Xã Đức Thịnh
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18304,Xã Đức Đồng,false,42,18304,Xã Đức Đồng
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18307,Xã Đức Lạng,false,42,18304,Xã Đức Đồng
42,Tỉnh Hà Tĩnh,440,Huyện Đức Thọ,18310,Xã Tân Hương,false,42,18304,Xã Đức Đồng
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18313,Thị trấn Vũ Quang,false,42,18313,Xã Vũ Quang
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18316,Xã Ân Phú,false,42,18322,Xã Mai Hoa
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18319,Xã Đức Giang,false,42,18322,Xã Mai Hoa
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18322,Xã Đức Lĩnh,false,42,18322,Xã Mai Hoa
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18325,Xã Thọ Điền,false,42,18313,Xã Vũ Quang
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18328,Xã Đức Hương,false,42,18328,Xã Thượng Đức
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18331,Xã Đức Bồng,false,42,18328,Xã Thượng Đức
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18334,Xã Đức Liên,false,42,18328,Xã Thượng Đức
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18340,Xã Hương Minh,false,42,18313,Xã Vũ Quang
42,Tỉnh Hà Tĩnh,441,Huyện Vũ Quang,18343,Xã Quang Thọ,false,42,18313,Xã Vũ Quang
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18352,Thị trấn Xuân An,false,42,18352,Xã Nghi Xuân
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18355,Xã Xuân Hội,false,42,18364,Xã Đan Hải
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18358,Xã Đan Trường,false,42,18364,Xã Đan Hải
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18364,Xã Xuân Phổ,false,42,18364,Xã Đan Hải
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18367,Xã Xuân Hải,false,42,18364,Xã Đan Hải
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18370,Xã Xuân Giang,false,42,18352,Xã Nghi Xuân
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18373,Thị trấn Tiên Điền,false,42,18373,Xã Tiên Điền
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18376,Xã Xuân Yên,false,42,18373,Xã Tiên Điền
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18379,Xã Xuân Mỹ,false,42,18373,Xã Tiên Điền
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18382,Xã Xuân Thành,false,42,18373,Xã Tiên Điền
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18385,Xã Xuân Viên,false,42,18352,Xã Nghi Xuân
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18388,Xã Xuân Hồng,false,42,18352,Xã Nghi Xuân
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18391,Xã Cổ Đạm,false,42,18394,Xã Cổ Đạm
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18394,Xã Xuân Liên,false,42,18394,Xã Cổ Đạm
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18397,Xã Xuân Lĩnh,false,42,18352,Xã Nghi Xuân
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18400,Xã Xuân Lam,false,42,18115,Phường Bắc Hồng Lĩnh
42,Tỉnh Hà Tĩnh,442,Huyện Nghi Xuân,18403,Xã Cương Gián,false,42,18394,Xã Cổ Đạm
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18406,Thị trấn Nghèn,false,42,18406,Xã Can Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18415,Xã Thiên Lộc,false,42,18406,Xã Can Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18418,Xã Thuần Thiện,false,42,18418,Xã Tùng Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18427,Xã Vượng Lộc,false,42,18406,Xã Can Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18433,Xã Thanh Lộc,false,42,18466,Xã Gia Hanh
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18436,Xã Kim Song Trường,false,42,18436,Xã Trường Lưu
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18439,Xã Thường Nga,false,42,18436,Xã Trường Lưu
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18445,Xã Tùng Lộc,false,42,18418,Xã Tùng Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18454,Xã Phú Lộc,false,42,18436,Xã Trường Lưu
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18463,Xã Gia Hanh,false,42,18466,Xã Gia Hanh
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18466,Xã Khánh Vĩnh Yên,false,42,18466,Xã Gia Hanh
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18475,Xã Xuân Lộc,false,42,18481,Xã Xuân Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18478,Xã Thượng Lộc,false,42,18484,Xã Đồng Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18481,Xã Quang Lộc,false,42,18481,Xã Xuân Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18484,Thị trấn Đồng Lộc,false,42,18484,Xã Đồng Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18487,Xã Mỹ Lộc,false,42,18484,Xã Đồng Lộc
42,Tỉnh Hà Tĩnh,443,Huyện Can Lộc,18490,Xã Sơn Lộc,false,42,18481,Xã Xuân Lộc
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18496,Thị trấn Hương Khê,false,42,18496,Xã Hương Khê
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18499,Xã Điền Mỹ,false,42,18502,Xã Hà Linh
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18502,Xã Hà Linh,false,42,18502,Xã Hà Linh
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18505,Xã Hương Thủy,false,42,18532,Xã Hương Phố
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18508,Xã Hòa Hải,false,42,18523,Xã Hương Bình
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18514,Xã Phúc Đồng,false,42,18523,Xã Hương Bình
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18517,Xã Hương Giang,false,42,18532,Xã Hương Phố
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18520,Xã Lộc Yên,false,42,18550,Xã Hương Đô
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18523,Xã Hương Bình,false,42,18523,Xã Hương Bình
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18526,Xã Hương Long,false,42,18496,Xã Hương Khê
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18529,Xã Phú Gia,false,42,18496,Xã Hương Khê
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18532,Xã Gia Phố,false,42,18532,Xã Hương Phố
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18538,Xã Hương Đô,false,42,18550,Xã Hương Đô
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18541,Xã Hương Vĩnh,false,42,18544,Xã Hương Xuân
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18544,Xã Hương Xuân,false,42,18544,Xã Hương Xuân
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18547,Xã Phúc Trạch,false,42,18547,Xã Phúc Trạch
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18550,Xã Hương Trà,false,42,18550,Xã Hương Đô
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18553,Xã Hương Trạch,false,42,18547,Xã Phúc Trạch
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18556,Xã Hương Lâm,false,42,18544,Xã Hương Xuân
42,Tỉnh Hà Tĩnh,444,Huyện Hương Khê,18559,Xã Hương Liên,false,42,18547,Xã Phúc Trạch
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18409,Xã Tân Lộc,false,42,18409,Xã Hồng Lộc
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18412,Xã Hồng Lộc,false,42,18409,Xã Hồng Lộc
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18421,Xã Thịnh Lộc,false,42,18568,Xã Lộc Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18430,Xã Bình An,false,42,18568,Xã Lộc Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18457,Xã Ích Hậu,false,42,18586,Xã Đông Kinh
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18493,Xã Phù Lưu,false,42,18583,Xã Mai Phụ
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18562,Thị trấn Thạch Hà,false,42,18562,Xã Thạch Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18565,Xã Ngọc Sơn,false,42,18634,Xã Toàn Lưu
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18568,Thị trấn Lộc Hà,false,42,18568,Xã Lộc Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18577,Xã Thạch Mỹ,false,42,18583,Xã Mai Phụ
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18580,Xã Thạch Kim,false,42,18568,Xã Lộc Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18583,Xã Thạch Châu,false,42,18583,Xã Mai Phụ
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18586,Xã Thạch Kênh,false,42,18586,Xã Đông Kinh
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18589,Xã Thạch Sơn,false,42,18562,Xã Thạch Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18592,Xã Thạch Liên,false,42,18586,Xã Đông Kinh
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18601,Xã Việt Tiến,false,42,18601,Xã Việt Xuyên
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18607,Xã Thạch Long,false,42,18562,Xã Thạch Hà
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18625,Xã Thạch Ngọc,false,42,18601,Xã Việt Xuyên
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18634,Xã Lưu Vĩnh Sơn,false,42,18634,Xã Toàn Lưu
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18658,Xã Thạch Xuân,false,42,18667,Xã Thạch Xuân
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18667,Xã Nam Điền,false,42,18667,Xã Thạch Xuân
42,Tỉnh Hà Tĩnh,445,Huyện Thạch Hà,18670,Xã Mai Phụ,false,42,18583,Xã Mai Phụ
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18673,Thị trấn Cẩm Xuyên,false,42,18673,Xã Cẩm Xuyên
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18676,Thị trấn Thiên Cầm,false,42,18676,Xã Thiên Cầm
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18679,Xã Yên Hòa,false,42,18682,Xã Yên Hòa
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18682,Xã Cẩm Dương,false,42,18682,Xã Yên Hòa
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18694,Xã Cẩm Thành,false,42,18685,Xã Cẩm Bình
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18697,Xã Cẩm Quang,false,42,18673,Xã Cẩm Xuyên
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18706,Xã Cẩm Thạch,false,42,18739,Xã Cẩm Duệ
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18709,Xã Cẩm Nhượng,false,42,18676,Xã Thiên Cầm
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18712,Xã Nam Phúc Thăng,false,42,18676,Xã Thiên Cầm
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18715,Xã Cẩm Duệ,false,42,18739,Xã Cẩm Duệ
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18721,Xã Cẩm Lĩnh,false,42,18742,Xã Cẩm Trung
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18724,Xã Cẩm Quan,false,42,18673,Xã Cẩm Xuyên
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18727,Xã Cẩm Hà,false,42,18736,Xã Cẩm Hưng
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18730,Xã Cẩm Lộc,false,42,18742,Xã Cẩm Trung
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18733,Xã Cẩm Hưng,false,42,18736,Xã Cẩm Hưng
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18736,Xã Cẩm Thịnh,false,42,18736,Xã Cẩm Hưng
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18739,Xã Cẩm Mỹ,false,42,18739,Xã Cẩm Duệ
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18742,Xã Cẩm Trung,false,42,18742,Xã Cẩm Trung
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18745,Xã Cẩm Sơn,false,42,18748,Xã Cẩm Lạc
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18748,Xã Cẩm Lạc,false,42,18748,Xã Cẩm Lạc
42,Tỉnh Hà Tĩnh,446,Huyện Cẩm Xuyên,18751,Xã Cẩm Minh,false,42,18748,Xã Cẩm Lạc
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18757,Xã Kỳ Xuân,false,42,18766,Xã Kỳ Xuân
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18760,Xã Kỳ Bắc,false,42,18766,Xã Kỳ Xuân
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18763,Xã Kỳ Phú,false,42,18775,Xã Kỳ Anh
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18766,Xã Kỳ Phong,false,42,18766,Xã Kỳ Xuân
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18769,Xã Kỳ Tiến,false,42,18775,Xã Kỳ Anh
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18772,Xã Kỳ Giang,false,42,18775,Xã Kỳ Anh
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18775,Thị trấn Kỳ Đồng,false,42,18775,Xã Kỳ Anh
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18778,Xã Kỳ Khang,false,42,18790,Xã Kỳ Khang
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18784,Xã Kỳ Văn,false,42,18787,Xã Kỳ Văn
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18787,Xã Kỳ Trung,false,42,18787,Xã Kỳ Văn
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18790,Xã Kỳ Thọ,false,42,18790,Xã Kỳ Khang
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18793,Xã Kỳ Tây,false,42,18787,Xã Kỳ Văn
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18799,Xã Kỳ Thượng,false,42,18844,Xã Kỳ Thượng
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18802,Xã Kỳ Hải,false,42,18781,Phường Hải Ninh
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18805,Xã Kỳ Thư,false,42,18790,Xã Kỳ Khang
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18811,Xã Kỳ Châu,false,42,18754,Phường Sông Trí
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18814,Xã Kỳ Tân,false,42,18814,Xã Kỳ Hoa
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18838,Xã Lâm Hợp,false,42,18838,Xã Kỳ Lạc
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18844,Xã Kỳ Sơn,false,42,18844,Xã Kỳ Thượng
42,Tỉnh Hà Tĩnh,447,Huyện Kỳ Anh,18850,Xã Kỳ Lạc,false,42,18838,Xã Kỳ Lạc
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18754,Phường Hưng Trí,false,42,18754,Phường Sông Trí
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18781,Phường Kỳ Ninh,false,42,18781,Phường Hải Ninh
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18796,Xã Kỳ Lợi,true,42,18832,Phường Hoành Sơn
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18796,Xã Kỳ Lợi,true,42,18754,Phường Sông Trí
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18796,Xã Kỳ Lợi,true,42,18823,Phường Vũng Áng
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18808,Xã Kỳ Hà,false,42,18781,Phường Hải Ninh
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18820,Phường Kỳ Trinh,false,42,18754,Phường Sông Trí
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18823,Phường Kỳ Thịnh,false,42,18823,Phường Vũng Áng
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18829,Xã Kỳ Hoa,false,42,18814,Xã Kỳ Hoa
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18832,Phường Kỳ Phương,false,42,18832,Phường Hoành Sơn
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18835,Phường Kỳ Long,false,42,18823,Phường Vũng Áng
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18841,Phường Kỳ Liên,false,42,18832,Phường Hoành Sơn
42,Tỉnh Hà Tĩnh,449,Thị xã Kỳ Anh,18847,Phường Kỳ Nam,false,42,18832,Phường Hoành Sơn
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18853,Phường Hải Thành,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18856,Phường Đồng Phú,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18859,Phường Bắc Lý,false,44,18859,Phường Đồng Thuận
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18865,Phường Nam Lý,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18868,Phường Đồng Hải,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18871,Phường Đồng Sơn,false,44,18871,Phường Đồng Sơn
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18874,Phường Phú Hải,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18877,Phường Bắc Nghĩa,false,44,18871,Phường Đồng Sơn
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18880,Phường Đức Ninh Đông,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18883,Xã Quang Phú,false,44,18859,Phường Đồng Thuận
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18886,Xã Lộc Ninh,false,44,18859,Phường Đồng Thuận
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18889,Xã Bảo Ninh,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18892,Xã Nghĩa Ninh,false,44,18871,Phường Đồng Sơn
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18895,Xã Thuận Đức,false,44,18871,Phường Đồng Sơn
44,Tỉnh Quảng Bình,450,Thành Phố Đồng Hới,18898,Xã Đức Ninh,false,44,18880,Phường Đồng Hới
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18901,Thị trấn Quy Đạt,false,44,18901,Xã Minh Hóa
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18904,Xã Dân Hóa,false,44,18904,Xã Dân Hóa
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18907,Xã Trọng Hóa,false,44,18904,Xã Dân Hóa
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18913,Xã Hồng Hóa,false,44,18901,Xã Minh Hóa
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18919,Xã Tân Thành,false,44,18919,Xã Tân Thành
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18922,Xã Hóa Hợp,false,44,18922,Xã Kim Điền
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18925,Xã Xuân Hóa,false,44,18901,Xã Minh Hóa
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18928,Xã Yên Hóa,false,44,18901,Xã Minh Hóa
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18931,Xã Minh Hóa,false,44,18943,Xã Kim Phú
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18934,Xã Tân Hóa,false,44,18943,Xã Kim Phú
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18937,Xã Hóa Sơn,false,44,18922,Xã Kim Điền
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18943,Xã Trung Hóa,false,44,18943,Xã Kim Phú
44,Tỉnh Quảng Bình,452,Huyện Minh Hóa,18946,Xã Thượng Hóa,false,44,18943,Xã Kim Phú
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18949,Thị trấn Đồng Lê,false,44,18949,Xã Đồng Lê
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18952,Xã Hương Hóa,false,44,18952,Xã Tuyên Sơn
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18955,Xã Kim Hóa,false,44,18949,Xã Đồng Lê
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18958,Xã Thanh Hóa,false,44,18958,Xã Tuyên Lâm
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18961,Xã Thanh Thạch,false,44,18952,Xã Tuyên Sơn
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18964,Xã Thuận Hóa,false,44,18949,Xã Đồng Lê
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18967,Xã Lâm Hóa,false,44,18958,Xã Tuyên Lâm
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18970,Xã Lê Hóa,false,44,18949,Xã Đồng Lê
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18973,Xã Sơn Hóa,false,44,18949,Xã Đồng Lê
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18976,Xã Đồng Hóa,false,44,18985,Xã Tuyên Phú
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18979,Xã Ngư Hóa,false,44,18991,Xã Tuyên Bình
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18985,Xã Thạch Hóa,false,44,18985,Xã Tuyên Phú
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18988,Xã Đức Hóa,false,44,18985,Xã Tuyên Phú
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18991,Xã Phong Hóa,false,44,18991,Xã Tuyên Bình
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18994,Xã Mai Hóa,false,44,18991,Xã Tuyên Bình
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,18997,Xã Tiến Hóa,false,44,18997,Xã Tuyên Hóa
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,19000,Xã Châu Hóa,false,44,18997,Xã Tuyên Hóa
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,19003,Xã Cao Quảng,false,44,18997,Xã Tuyên Hóa
44,Tỉnh Quảng Bình,453,Huyện Tuyên Hóa,19006,Xã Văn Hóa,false,44,18997,Xã Tuyên Hóa
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19012,Xã Quảng Hợp,false,44,19021,Xã Phú Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19015,Xã Quảng Kim,false,44,19021,Xã Phú Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19018,Xã Quảng Đông,false,44,19021,Xã Phú Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19021,Xã Quảng Phú,false,44,19021,Xã Phú Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19024,Xã Quảng Châu,false,44,19033,Xã Hòa Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19027,Xã Quảng Thạch,false,44,19030,Xã Trung Thuần
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19030,Xã Quảng Lưu,false,44,19030,Xã Trung Thuần
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19033,Xã Quảng Tùng,false,44,19033,Xã Hòa Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19036,Xã Cảnh Dương,false,44,19033,Xã Hòa Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19039,Xã Quảng Tiến,false,44,19030,Xã Trung Thuần
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19042,Xã Quảng Hưng,false,44,19057,Xã Quảng Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19045,Xã Quảng Xuân,false,44,19057,Xã Quảng Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19051,Xã Liên Trường,false,44,19051,Xã Tân Gianh
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19057,Xã Quảng Phương,false,44,19057,Xã Quảng Trạch
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19063,Xã Phù Cảnh,false,44,19051,Xã Tân Gianh
44,Tỉnh Quảng Bình,454,Huyện Quảng Trạch,19072,Xã Quảng Thanh,false,44,19051,Xã Tân Gianh
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19111,Thị trấn Hoàn Lão,false,44,19111,Xã Hoàn Lão
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19114,Thị trấn Nông trường Việt Trung,false,44,19198,Xã Nam Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19117,Xã Xuân Trạch,false,44,19138,Xã Phong Nha
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19123,Xã Hạ Mỹ,false,44,19126,Xã Bắc Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19126,Xã Bắc Trạch,false,44,19126,Xã Bắc Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19129,Xã Lâm Trạch,false,44,19138,Xã Phong Nha
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19132,Xã Thanh Trạch,false,44,19126,Xã Bắc Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19135,Xã Liên Trạch,false,44,19126,Xã Bắc Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19138,Xã Phúc Trạch,false,44,19138,Xã Phong Nha
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19141,Xã Cự Nẫm,false,44,19141,Xã Bố Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19144,Xã Hải Phú,false,44,19159,Xã Đông Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19147,Xã Thượng Trạch,false,44,19147,Xã Thượng Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19150,Xã Sơn Lộc,false,44,19159,Xã Đông Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19156,Xã Hưng Trạch,false,44,19141,Xã Bố Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19159,Xã Đồng Trạch,false,44,19159,Xã Đông Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19162,Xã Đức Trạch,false,44,19159,Xã Đông Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19165,Thị trấn Phong Nha,false,44,19138,Xã Phong Nha
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19168,Xã Vạn Trạch,false,44,19141,Xã Bố Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19174,Xã Phú Định,false,44,19141,Xã Bố Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19177,Xã Trung Trạch,false,44,19111,Xã Hoàn Lão
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19180,Xã Tây Trạch,false,44,19111,Xã Hoàn Lão
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19183,Xã Hòa Trạch,false,44,19111,Xã Hoàn Lão
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19186,Xã Đại Trạch,false,44,19111,Xã Hoàn Lão
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19189,Xã Nhân Trạch,false,44,19198,Xã Nam Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19192,Xã Tân Trạch,false,44,19147,Xã Thượng Trạch
44,Tỉnh Quảng Bình,455,Huyện Bố Trạch,19198,Xã Lý Nam,false,44,19198,Xã Nam Trạch
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19204,Xã Trường Sơn,false,44,19204,Xã Trường Sơn
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19207,Thị trấn Quán Hàu,false,44,19207,Xã Quảng Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19210,Xã Vĩnh Ninh,false,44,19207,Xã Quảng Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19213,Xã Võ Ninh,false,44,19207,Xã Quảng Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19216,Xã Hải Ninh,false,44,19225,Xã Ninh Châu
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19219,Xã Hàm Ninh,false,44,19207,Xã Quảng Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19222,Xã Duy Ninh,false,44,19225,Xã Ninh Châu
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19225,Xã Gia Ninh,false,44,19225,Xã Ninh Châu
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19228,Xã Trường Xuân,false,44,19204,Xã Trường Sơn
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19231,Xã Hiền Ninh,false,44,19237,Xã Trường Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19234,Xã Tân Ninh,false,44,19225,Xã Ninh Châu
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19237,Xã Xuân Ninh,false,44,19237,Xã Trường Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19240,Xã An Ninh,false,44,19237,Xã Trường Ninh
44,Tỉnh Quảng Bình,456,Huyện Quảng Ninh,19243,Xã Vạn Ninh,false,44,19237,Xã Trường Ninh
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19246,Thị trấn Nông trường Lệ Ninh,false,44,19246,Xã Lệ Ninh
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19249,Thị trấn Kiến Giang,false,44,19249,Xã Lệ Thủy
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19252,Xã Hồng Thủy,false,44,19255,Xã Cam Hồng
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19255,Xã Ngư Thủy Bắc,false,44,19255,Xã Cam Hồng
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19258,Xã Hoa Thủy,false,44,19246,Xã Lệ Ninh
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19261,Xã Thanh Thủy,false,44,19255,Xã Cam Hồng
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19264,Xã An Thủy,false,44,19249,Xã Lệ Thủy
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19267,Xã Phong Thủy,false,44,19249,Xã Lệ Thủy
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19270,Xã Cam Thủy,false,44,19255,Xã Cam Hồng
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19273,Xã Ngân Thủy,false,44,19318,Xã Kim Ngân
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19276,Xã Sơn Thủy,false,44,19246,Xã Lệ Ninh
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19279,Xã Lộc Thủy,false,44,19249,Xã Lệ Thủy
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19285,Xã Liên Thủy,false,44,19249,Xã Lệ Thủy
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19288,Xã Hưng Thủy,false,44,19288,Xã Sen Ngư
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19291,Xã Dương Thủy,false,44,19291,Xã Tân Mỹ
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19294,Xã Tân Thủy,false,44,19291,Xã Tân Mỹ
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19297,Xã Phú Thủy,false,44,19309,Xã Trường Phú
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19300,Xã Xuân Thủy,false,44,19249,Xã Lệ Thủy
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19303,Xã Mỹ Thủy,false,44,19291,Xã Tân Mỹ
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19306,Xã Ngư Thủy,false,44,19288,Xã Sen Ngư
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19309,Xã Mai Thủy,false,44,19309,Xã Trường Phú
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19312,Xã Sen Thủy,false,44,19288,Xã Sen Ngư
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19315,Xã Thái Thủy,false,44,19291,Xã Tân Mỹ
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19318,Xã Kim Thủy,false,44,19318,Xã Kim Ngân
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19321,Xã Trường Thủy,false,44,19309,Xã Trường Phú
44,Tỉnh Quảng Bình,457,Huyện Lệ Thủy,19327,Xã Lâm Thủy,false,44,19318,Xã Kim Ngân
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19009,Phường Ba Đồn,false,44,19009,Phường Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19060,Phường Quảng Long,false,44,19009,Phường Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19066,Phường Quảng Thọ,false,44,19066,Phường Bắc Gianh
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19069,Xã Quảng Tiên,false,44,19075,Xã Nam Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19075,Xã Quảng Trung,false,44,19075,Xã Nam Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19078,Phường Quảng Phong,false,44,19009,Phường Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19081,Phường Quảng Thuận,false,44,19066,Phường Bắc Gianh
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19084,Xã Quảng Tân,false,44,19075,Xã Nam Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19087,Xã Quảng Hải,false,44,19009,Phường Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19090,Xã Quảng Sơn,false,44,19075,Xã Nam Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19093,Xã Quảng Lộc,false,44,19093,Xã Nam Gianh
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19096,Xã Quảng Thủy,false,44,19075,Xã Nam Ba Đồn
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19099,Xã Quảng Văn,false,44,19093,Xã Nam Gianh
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19102,Phường Quảng Phúc,false,44,19066,Phường Bắc Gianh
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19105,Xã Quảng Hòa,false,44,19093,Xã Nam Gianh
44,Tỉnh Quảng Bình,458,Thị xã Ba Đồn,19108,Xã Quảng Minh,false,44,19093,Xã Nam Gianh
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19330,Phường Đông Giang,false,44,19333,Phường Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19333,Phường 1,false,44,19333,Phường Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19336,Phường Đông Lễ,false,44,19351,Phường Nam Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19339,Phường Đông Thanh,false,44,19333,Phường Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19342,Phường 2,false,44,19351,Phường Nam Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19345,Phường 4,false,44,19333,Phường Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19348,Phường 5,false,44,19351,Phường Nam Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19351,Phường Đông Lương,false,44,19351,Phường Nam Đông Hà
45,Tỉnh Quảng Trị,461,Thành phố Đông Hà,19354,Phường 3,false,44,19333,Phường Đông Hà
45,Tỉnh Quảng Trị,462,Thị xã Quảng Trị,19357,Phường 1,false,44,19360,Phường Quảng Trị
45,Tỉnh Quảng Trị,462,Thị xã Quảng Trị,19358,Phường An Đôn,false,44,19360,Phường Quảng Trị
45,Tỉnh Quảng Trị,462,Thị xã Quảng Trị,19360,Phường 2,false,44,19360,Phường Quảng Trị
45,Tỉnh Quảng Trị,462,Thị xã Quảng Trị,19361,Phường 3,false,44,19360,Phường Quảng Trị
45,Tỉnh Quảng Trị,462,Thị xã Quảng Trị,19705,Xã Hải Lệ,false,44,19360,Phường Quảng Trị
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19363,Thị trấn Hồ Xá,false,44,19363,Xã Vĩnh Linh
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19366,Thị trấn Bến Quan,false,44,19366,Xã Bến Quan
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19369,Xã Vĩnh Thái,false,44,19372,Xã Vĩnh Hoàng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19372,Xã Vĩnh Tú,false,44,19372,Xã Vĩnh Hoàng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19375,Xã Vĩnh Chấp,false,44,19363,Xã Vĩnh Linh
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19378,Xã Trung Nam,false,44,19372,Xã Vĩnh Hoàng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19384,Xã Kim Thạch,false,44,19414,Xã Cửa Tùng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19387,Xã Vĩnh Long,false,44,19363,Xã Vĩnh Linh
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19393,Xã Vĩnh Khê,false,44,19366,Xã Bến Quan
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19396,Xã Vĩnh Hòa,false,44,19372,Xã Vĩnh Hoàng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19402,Xã Vĩnh Thủy,false,44,19405,Xã Vĩnh Thủy
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19405,Xã Vĩnh Lâm,false,44,19405,Xã Vĩnh Thủy
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19408,Xã Hiền Thành,false,44,19414,Xã Cửa Tùng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19414,Thị trấn Cửa Tùng,false,44,19414,Xã Cửa Tùng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19417,Xã Vĩnh Hà,false,44,19366,Xã Bến Quan
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19420,Xã Vĩnh Sơn,false,44,19405,Xã Vĩnh Thủy
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19423,Xã Vĩnh Giang,false,44,19414,Xã Cửa Tùng
45,Tỉnh Quảng Trị,464,Huyện Vĩnh Linh,19426,Xã Vĩnh Ô,false,44,19366,Xã Bến Quan
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19429,Thị trấn Khe Sanh,false,44,19429,Xã Khe Sanh
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19432,Thị trấn Lao Bảo,false,44,19432,Xã Lao Bảo
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19435,Xã Hướng Lập,false,44,19435,Xã Hướng Lập
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19438,Xã Hướng Việt,false,44,19435,Xã Hướng Lập
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19441,Xã Hướng Phùng,false,44,19441,Xã Hướng Phùng
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19444,Xã Hướng Sơn,false,44,19441,Xã Hướng Phùng
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19447,Xã Hướng Linh,false,44,19441,Xã Hướng Phùng
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19450,Xã Tân Hợp,false,44,19429,Xã Khe Sanh
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19453,Xã Hướng Tân,false,44,19429,Xã Khe Sanh
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19456,Xã Tân Thành,false,44,19432,Xã Lao Bảo
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19459,Xã Tân Long,false,44,19432,Xã Lao Bảo
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19462,Xã Tân Lập,false,44,19462,Xã Tân Lập
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19465,Xã Tân Liên,false,44,19462,Xã Tân Lập
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19468,Xã Húc,false,44,19429,Xã Khe Sanh
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19471,Xã Thuận,false,44,19489,Xã Lìa
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19474,Xã Hướng Lộc,false,44,19462,Xã Tân Lập
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19477,Xã Ba Tầng,false,44,19483,Xã A Dơi
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19480,Xã Thanh,false,44,19489,Xã Lìa
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19483,Xã A Dơi,false,44,19483,Xã A Dơi
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19489,Xã Lìa,false,44,19489,Xã Lìa
45,Tỉnh Quảng Trị,465,Huyện Hướng Hóa,19492,Xã Xy,false,44,19483,Xã A Dơi
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19495,Thị trấn Gio Linh,false,44,19495,Xã Gio Linh
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19496,Thị trấn Cửa Việt,false,44,19496,Xã Cửa Việt
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19498,Xã Trung Giang,false,44,19501,Xã Bến Hải
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19501,Xã Trung Hải,false,44,19501,Xã Bến Hải
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19504,Xã Trung Sơn,false,44,19501,Xã Bến Hải
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19507,Xã Phong Bình,false,44,19495,Xã Gio Linh
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19510,Xã Gio Mỹ,false,44,19495,Xã Gio Linh
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19519,Xã Gio Hải,false,44,19496,Xã Cửa Việt
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19522,Xã Gio An,false,44,19537,Xã Cồn Tiên
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19534,Xã Linh Trường,false,44,19537,Xã Cồn Tiên
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19537,Xã Gio Sơn,false,44,19537,Xã Cồn Tiên
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19543,Xã Gio Mai,false,44,19496,Xã Cửa Việt
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19546,Xã Hải Thái,false,44,19537,Xã Cồn Tiên
45,Tỉnh Quảng Trị,466,Huyện Gio Linh,19552,Xã Gio Quang,false,44,19495,Xã Gio Linh
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19555,Thị trấn Krông Klang,false,44,19555,Xã Hướng Hiệp
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19558,Xã Mò Ó,false,44,19555,Xã Hướng Hiệp
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19561,Xã Hướng Hiệp,false,44,19555,Xã Hướng Hiệp
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19564,Xã Đakrông,false,44,19564,Xã Đakrông
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19567,Xã Triệu Nguyên,false,44,19567,Xã Ba Lòng
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19570,Xã Ba Lòng,false,44,19567,Xã Ba Lòng
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19576,Xã Ba Nang,false,44,19564,Xã Đakrông
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19579,Xã Tà Long,false,44,19564,Xã Đakrông
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19582,Xã Húc Nghì,false,44,19588,Xã Tà Rụt
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19585,Xã A Vao,false,44,19588,Xã Tà Rụt
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19588,Xã Tà Rụt,false,44,19588,Xã Tà Rụt
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19591,Xã A Bung,false,44,19594,Xã La Lay
45,Tỉnh Quảng Trị,467,Huyện Đa Krông,19594,Xã A Ngo,false,44,19594,Xã La Lay
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19597,Thị trấn Cam Lộ,false,44,19597,Xã Cam Lộ
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19600,Xã Cam Tuyền,false,44,19603,Xã Hiếu Giang
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19603,Xã Thanh An,false,44,19603,Xã Hiếu Giang
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19606,Xã Cam Thủy,false,44,19603,Xã Hiếu Giang
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19612,Xã Cam Thành,false,44,19597,Xã Cam Lộ
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19615,Xã Cam Hiếu,false,44,19603,Xã Hiếu Giang
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19618,Xã Cam Chính,false,44,19597,Xã Cam Lộ
45,Tỉnh Quảng Trị,468,Huyện Cam Lộ,19621,Xã Cam Nghĩa,false,44,19597,Xã Cam Lộ
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19624,Thị Trấn Ái Tử,false,44,19624,Xã Triệu Phong
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19627,Xã Triệu Tân,false,44,19639,Xã Nam Cửa Việt
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19633,Xã Triệu Phước,false,44,19639,Xã Nam Cửa Việt
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19636,Xã Triệu Độ,false,44,19645,Xã Triệu Bình
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19639,Xã Triệu Trạch,false,44,19639,Xã Nam Cửa Việt
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19642,Xã Triệu Thuận,false,44,19645,Xã Triệu Bình
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19645,Xã Triệu Đại,false,44,19645,Xã Triệu Bình
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19648,Xã Triệu Hòa,false,44,19645,Xã Triệu Bình
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19654,Xã Triệu Cơ,false,44,19654,Xã Triệu Cơ
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19657,Xã Triệu Long,false,44,19669,Xã Ái Tử
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19660,Xã Triệu Tài,false,44,19654,Xã Triệu Cơ
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19666,Xã Triệu Trung,false,44,19654,Xã Triệu Cơ
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19669,Xã Triệu Ái,false,44,19669,Xã Ái Tử
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19672,Xã Triệu Thượng,false,44,19624,Xã Triệu Phong
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19675,Xã Triệu Giang,false,44,19669,Xã Ái Tử
45,Tỉnh Quảng Trị,469,Huyện Triệu Phong,19678,Xã Triệu Thành,false,44,19624,Xã Triệu Phong
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19681,Thị trấn Diên Sanh,false,44,19681,Xã Diên Sanh
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19684,Xã Hải An,false,44,19741,Xã Mỹ Thủy
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19687,Xã Hải Bình,false,44,19699,Xã Vĩnh Định
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19693,Xã Hải Quy,false,44,19699,Xã Vĩnh Định
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19699,Xã Hải Hưng,false,44,19699,Xã Vĩnh Định
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19702,Xã Hải Phú,false,44,19702,Xã Hải Lăng
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19708,Xã Hải Thượng,false,44,19702,Xã Hải Lăng
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19711,Xã Hải Dương,false,44,19741,Xã Mỹ Thủy
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19714,Xã Hải Định,false,44,19681,Xã Diên Sanh
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19717,Xã Hải Lâm,false,44,19702,Xã Hải Lăng
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19726,Xã Hải Phong,false,44,19735,Xã Nam Hải Lăng
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19729,Xã Hải Trường,false,44,19681,Xã Diên Sanh
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19735,Xã Hải Sơn,false,44,19735,Xã Nam Hải Lăng
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19738,Xã Hải Chánh,false,44,19735,Xã Nam Hải Lăng
45,Tỉnh Quảng Trị,470,Huyện Hải Lăng,19741,Xã Hải Khê,false,44,19741,Xã Mỹ Thủy
45,Tỉnh Quảng Trị,471,Huyện Cồn Cỏ,,,false,44,19742,Đặc khu Cồn Cỏ
46,Thành phố Huế,474,Quận Thuận Hóa,19777,Phường Vỹ Dạ,false,46,19777,Phường Vỹ Dạ
46,Thành phố Huế,474,Quận Thuận Hóa,19780,Phường Phường Đúc,false,46,19789,Phường Thuận Hóa
46,Thành phố Huế,474,Quận Thuận Hóa,19783,Phường Vĩnh Ninh,false,46,19789,Phường Thuận Hóa
46,Thành phố Huế,474,Quận Thuận Hóa,19786,Phường Phú Hội,false,46,19789,Phường Thuận Hóa
46,Thành phố Huế,474,Quận Thuận Hóa,19789,Phường Phú Nhuận,false,46,19789,Phường Thuận Hóa
46,Thành phố Huế,474,Quận Thuận Hóa,19792,Phường Xuân Phú,false,46,19777,Phường Vỹ Dạ
46,Thành phố Huế,474,Quận Thuận Hóa,19795,Phường Trường An,false,46,19789,Phường Thuận Hóa
46,Thành phố Huế,474,Quận Thuận Hóa,19798,Phường Phước Vĩnh,false,46,19789,Phường Thuận Hóa
46,Thành phố Huế,474,Quận Thuận Hóa,19801,Phường An Cựu,false,46,19815,Phường An Cựu
46,Thành phố Huế,474,Quận Thuận Hóa,19807,Phường Thủy Biều,false,46,19813,Phường Thủy Xuân
46,Thành phố Huế,474,Quận Thuận Hóa,19813,Phường Thủy Xuân,false,46,19813,Phường Thủy Xuân
46,Thành phố Huế,474,Quận Thuận Hóa,19815,Phường An Đông,false,46,19815,Phường An Cựu
46,Thành phố Huế,474,Quận Thuận Hóa,19816,Phường An Tây,false,46,19815,Phường An Cựu
46,Thành phố Huế,474,Quận Thuận Hóa,19900,Phường Thuận An,false,46,19900,Phường Thuận An
46,Thành phố Huế,474,Quận Thuận Hóa,19909,Phường Dương Nỗ,false,46,19909,Phường Dương Nỗ
46,Thành phố Huế,474,Quận Thuận Hóa,19930,Phường Phú Thượng,false,46,19930,Phường Mỹ Thượng
46,Thành phố Huế,474,Quận Thuận Hóa,19963,Phường Thủy Vân,false,46,19777,Phường Vỹ Dạ
46,Thành phố Huế,474,Quận Thuận Hóa,19981,Phường Thủy Bằng,false,46,19813,Phường Thủy Xuân
46,Thành phố Huế,474,Quận Thuận Hóa,20002,Phường Hương Phong,false,46,20014,Phường Hóa Châu
46,Thành phố Huế,475,Quận Phú Xuân,19750,Phường Tây Lộc,false,46,19753,Phường Phú Xuân
46,Thành phố Huế,475,Quận Phú Xuân,19753,Phường Thuận Lộc,false,46,19753,Phường Phú Xuân
46,Thành phố Huế,475,Quận Phú Xuân,19756,Phường Gia Hội,false,46,19753,Phường Phú Xuân
46,Thành phố Huế,475,Quận Phú Xuân,19759,Phường Phú Hậu,false,46,19753,Phường Phú Xuân
46,Thành phố Huế,475,Quận Phú Xuân,19762,Phường Thuận Hòa,false,46,19753,Phường Phú Xuân
46,Thành phố Huế,475,Quận Phú Xuân,19768,Phường Đông Ba,false,46,19753,Phường Phú Xuân
46,Thành phố Huế,475,Quận Phú Xuân,19774,Phường Kim Long,false,46,19774,Phường Kim Long
46,Thành phố Huế,475,Quận Phú Xuân,19803,Phường An Hòa,false,46,19804,Phường Hương An
46,Thành phố Huế,475,Quận Phú Xuân,19804,Phường Hương Sơ,false,46,19804,Phường Hương An
46,Thành phố Huế,475,Quận Phú Xuân,19810,Phường Hương Long,false,46,19774,Phường Kim Long
46,Thành phố Huế,475,Quận Phú Xuân,20014,Phường Hương Vinh,false,46,20014,Phường Hóa Châu
46,Thành phố Huế,475,Quận Phú Xuân,20023,Phường Hương An,false,46,19804,Phường Hương An
46,Thành phố Huế,475,Quận Phú Xuân,20029,Phường Long Hồ,false,46,19774,Phường Kim Long
46,Thành phố Huế,476,Thị xã Phong Điền,19819,Phường Phong Thu,false,46,19819,Phường Phong Điền
46,Thành phố Huế,476,Thị xã Phong Điền,19825,Xã Phong Thạnh,false,46,19828,Phường Phong Phú
46,Thành phố Huế,476,Thị xã Phong Điền,19828,Phường Phong Phú,false,46,19828,Phường Phong Phú
46,Thành phố Huế,476,Thị xã Phong Điền,19831,Xã Phong Bình,false,46,19831,Phường Phong Dinh
46,Thành phố Huế,476,Thị xã Phong Điền,19837,Xã Phong Chương,false,46,19831,Phường Phong Dinh
46,Thành phố Huế,476,Thị xã Phong Điền,19843,Phường Phong Hải,false,46,19873,Phường Phong Quảng
46,Thành phố Huế,476,Thị xã Phong Điền,19846,Phường Phong Hòa,false,46,19831,Phường Phong Dinh
46,Thành phố Huế,476,Thị xã Phong Điền,19852,Phường Phong Hiền,false,46,19858,Phường Phong Thái
46,Thành phố Huế,476,Thị xã Phong Điền,19855,Xã Phong Mỹ,false,46,19819,Phường Phong Điền
46,Thành phố Huế,476,Thị xã Phong Điền,19858,Phường Phong An,false,46,19858,Phường Phong Thái
46,Thành phố Huế,476,Thị xã Phong Điền,19861,Xã Phong Xuân,false,46,19819,Phường Phong Điền
46,Thành phố Huế,476,Thị xã Phong Điền,19864,Xã Phong Sơn,false,46,19858,Phường Phong Thái
46,Thành phố Huế,477,Huyện Quảng Điền,19867,Thị trấn Sịa,false,46,19867,Xã Quảng Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19870,Xã Quảng Thái,false,46,19885,Xã Đan Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19873,Xã Quảng Ngạn,false,46,19873,Phường Phong Quảng
46,Thành phố Huế,477,Huyện Quảng Điền,19876,Xã Quảng Lợi,false,46,19885,Xã Đan Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19879,Xã Quảng Công,false,46,19873,Phường Phong Quảng
46,Thành phố Huế,477,Huyện Quảng Điền,19882,Xã Quảng Phước,false,46,19867,Xã Quảng Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19885,Xã Quảng Vinh,false,46,19885,Xã Đan Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19888,Xã Quảng An,false,46,19867,Xã Quảng Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19891,Xã Quảng Thành,false,46,20014,Phường Hóa Châu
46,Thành phố Huế,477,Huyện Quảng Điền,19894,Xã Quảng Thọ,false,46,19867,Xã Quảng Điền
46,Thành phố Huế,477,Huyện Quảng Điền,19897,Xã Quảng Phú,false,46,19885,Xã Đan Điền
46,Thành phố Huế,478,Huyện Phú Vang,19903,Xã Phú Thuận,false,46,19900,Phường Thuận An
46,Thành phố Huế,478,Huyện Phú Vang,19912,Xã Phú An,false,46,19930,Phường Mỹ Thượng
46,Thành phố Huế,478,Huyện Phú Vang,19915,Xã Phú Hải,false,46,19900,Phường Thuận An
46,Thành phố Huế,478,Huyện Phú Vang,19918,Xã Phú Xuân,false,46,19918,Xã Phú Hồ
46,Thành phố Huế,478,Huyện Phú Vang,19921,Xã Phú Diên,false,46,19945,Xã Phú Vinh
46,Thành phố Huế,478,Huyện Phú Vang,19927,Xã Phú Mỹ,false,46,19930,Phường Mỹ Thượng
46,Thành phố Huế,478,Huyện Phú Vang,19933,Xã Phú Hồ,false,46,19918,Xã Phú Hồ
46,Thành phố Huế,478,Huyện Phú Vang,19936,Xã Vinh Xuân,false,46,19945,Xã Phú Vinh
46,Thành phố Huế,478,Huyện Phú Vang,19939,Xã Phú Lương,false,46,19918,Xã Phú Hồ
46,Thành phố Huế,478,Huyện Phú Vang,19942,Thị trấn Phú Đa,false,46,19942,Xã Phú Vang
46,Thành phố Huế,478,Huyện Phú Vang,19945,Xã Vinh Thanh,false,46,19945,Xã Phú Vinh
46,Thành phố Huế,478,Huyện Phú Vang,19948,Xã Vinh An,false,46,19945,Xã Phú Vinh
46,Thành phố Huế,478,Huyện Phú Vang,19954,Xã Phú Gia,false,46,19942,Xã Phú Vang
46,Thành phố Huế,478,Huyện Phú Vang,19957,Xã Vinh Hà,false,46,19942,Xã Phú Vang
46,Thành phố Huế,479,Thị xã Hương Thủy,19960,Phường Phú Bài,false,46,19960,Phường Phú Bài
46,Thành phố Huế,479,Thị xã Hương Thủy,19966,Xã Thủy Thanh,false,46,19969,Phường Thanh Thủy
46,Thành phố Huế,479,Thị xã Hương Thủy,19969,Phường Thủy Dương,false,46,19969,Phường Thanh Thủy
46,Thành phố Huế,479,Thị xã Hương Thủy,19972,Phường Thủy Phương,false,46,19969,Phường Thanh Thủy
46,Thành phố Huế,479,Thị xã Hương Thủy,19975,Phường Thủy Châu,false,46,19975,Phường Hương Thủy
46,Thành phố Huế,479,Thị xã Hương Thủy,19978,Phường Thủy Lương,false,46,19975,Phường Hương Thủy
46,Thành phố Huế,479,Thị xã Hương Thủy,19984,Xã Thủy Tân,false,46,19975,Phường Hương Thủy
46,Thành phố Huế,479,Thị xã Hương Thủy,19987,Xã Thủy Phù,false,46,19960,Phường Phú Bài
46,Thành phố Huế,479,Thị xã Hương Thủy,19990,Xã Phú Sơn,false,46,19960,Phường Phú Bài
46,Thành phố Huế,479,Thị xã Hương Thủy,19993,Xã Dương Hòa,false,46,19960,Phường Phú Bài
46,Thành phố Huế,480,Thị xã Hương Trà,19996,Phường Tứ Hạ,false,46,19996,Phường Hương Trà
46,Thành phố Huế,480,Thị xã Hương Trà,20005,Xã Hương Toàn,false,46,20017,Phường Kim Trà
46,Thành phố Huế,480,Thị xã Hương Trà,20008,Phường Hương Vân,false,46,19996,Phường Hương Trà
46,Thành phố Huế,480,Thị xã Hương Trà,20011,Phường Hương Văn,false,46,19996,Phường Hương Trà
46,Thành phố Huế,480,Thị xã Hương Trà,20017,Phường Hương Xuân,false,46,20017,Phường Kim Trà
46,Thành phố Huế,480,Thị xã Hương Trà,20020,Phường Hương Chữ,false,46,20017,Phường Kim Trà
46,Thành phố Huế,480,Thị xã Hương Trà,20026,Xã Hương Bình,false,46,20035,Xã Bình Điền
46,Thành phố Huế,480,Thị xã Hương Trà,20035,Xã Bình Tiến,false,46,20035,Xã Bình Điền
46,Thành phố Huế,480,Thị xã Hương Trà,20041,Xã Bình Thành,false,46,20035,Xã Bình Điền
46,Thành phố Huế,481,Huyện A Lưới,20044,Thị trấn A Lưới,false,46,20044,Xã A Lưới 2
46,Thành phố Huế,481,Huyện A Lưới,20047,Xã Hồng Vân,false,46,20056,Xã A Lưới 1
46,Thành phố Huế,481,Huyện A Lưới,20050,Xã Hồng Hạ,false,46,20050,Xã A Lưới 5
46,Thành phố Huế,481,Huyện A Lưới,20053,Xã Hồng Kim,false,46,20056,Xã A Lưới 1
46,Thành phố Huế,481,Huyện A Lưới,20056,Xã Trung Sơn,false,46,20056,Xã A Lưới 1
46,Thành phố Huế,481,Huyện A Lưới,20059,Xã Hương Nguyên,false,46,20050,Xã A Lưới 5
46,Thành phố Huế,481,Huyện A Lưới,20065,Xã Hồng Bắc,false,46,20044,Xã A Lưới 2
46,Thành phố Huế,481,Huyện A Lưới,20068,Xã A Ngo,false,46,20044,Xã A Lưới 2
46,Thành phố Huế,481,Huyện A Lưới,20071,Xã Sơn Thủy,false,46,20071,Xã A Lưới 3
46,Thành phố Huế,481,Huyện A Lưới,20074,Xã Phú Vinh,false,46,20071,Xã A Lưới 3
46,Thành phố Huế,481,Huyện A Lưới,20080,Xã Hương Phong,false,46,20101,Xã A Lưới 4
46,Thành phố Huế,481,Huyện A Lưới,20083,Xã Quảng Nhâm,false,46,20044,Xã A Lưới 2
46,Thành phố Huế,481,Huyện A Lưới,20086,Xã Hồng Thượng,false,46,20071,Xã A Lưới 3
46,Thành phố Huế,481,Huyện A Lưới,20089,Xã Hồng Thái,false,46,20071,Xã A Lưới 3
46,Thành phố Huế,481,Huyện A Lưới,20095,Xã A Roàng,false,46,20101,Xã A Lưới 4
46,Thành phố Huế,481,Huyện A Lưới,20098,Xã Đông Sơn,false,46,20101,Xã A Lưới 4
46,Thành phố Huế,481,Huyện A Lưới,20101,Xã Lâm Đớt,false,46,20101,Xã A Lưới 4
46,Thành phố Huế,481,Huyện A Lưới,20104,Xã Hồng Thủy,false,46,20056,Xã A Lưới 1
46,Thành phố Huế,482,Huyện Phú Lộc,20107,Thị trấn Phú Lộc,false,46,20107,Xã Phú Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20110,Thị trấn Lăng Cô,false,46,20137,Xã Chân Mây - Lăng Cô
46,Thành phố Huế,482,Huyện Phú Lộc,20113,Xã Vinh Mỹ,false,46,20122,Xã Vinh Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20116,Xã Vinh Hưng,false,46,20122,Xã Vinh Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20122,Xã Giang Hải,false,46,20122,Xã Vinh Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20125,Xã Vinh Hiền,false,46,20122,Xã Vinh Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20128,Xã Lộc Bổn,false,46,20131,Xã Hưng Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20131,Thị trấn Lộc Sơn,false,46,20131,Xã Hưng Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20134,Xã Lộc Bình,false,46,20107,Xã Phú Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20137,Xã Lộc Vĩnh,false,46,20137,Xã Chân Mây - Lăng Cô
46,Thành phố Huế,482,Huyện Phú Lộc,20140,Xã Lộc An,false,46,20140,Xã Lộc An
46,Thành phố Huế,482,Huyện Phú Lộc,20143,Xã Lộc Điền,false,46,20140,Xã Lộc An
46,Thành phố Huế,482,Huyện Phú Lộc,20146,Xã Lộc Thủy,false,46,20137,Xã Chân Mây - Lăng Cô
46,Thành phố Huế,482,Huyện Phú Lộc,20149,Xã Lộc Trì,false,46,20107,Xã Phú Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20152,Xã Lộc Tiến,false,46,20137,Xã Chân Mây - Lăng Cô
46,Thành phố Huế,482,Huyện Phú Lộc,20155,Xã Lộc Hòa,false,46,20140,Xã Lộc An
46,Thành phố Huế,482,Huyện Phú Lộc,20158,Xã Xuân Lộc,false,46,20131,Xã Hưng Lộc
46,Thành phố Huế,482,Huyện Phú Lộc,20161,Thị trấn Khe Tre,false,46,20161,Xã Khe Tre
46,Thành phố Huế,482,Huyện Phú Lộc,20164,Xã Hương Phú,false,46,20161,Xã Khe Tre
46,Thành phố Huế,482,Huyện Phú Lộc,20167,Xã Hương Sơn,false,46,20179,Xã Nam Đông
46,Thành phố Huế,482,Huyện Phú Lộc,20170,Xã Hương Lộc,false,46,20161,Xã Khe Tre
46,Thành phố Huế,482,Huyện Phú Lộc,20173,Xã Thượng Quảng,false,46,20182,Xã Long Quảng
46,Thành phố Huế,482,Huyện Phú Lộc,20179,Xã Hương Xuân,false,46,20179,Xã Nam Đông
46,Thành phố Huế,482,Huyện Phú Lộc,20182,Xã Hương Hữu,false,46,20182,Xã Long Quảng
46,Thành phố Huế,482,Huyện Phú Lộc,20185,Xã Thượng Lộ,false,46,20161,Xã Khe Tre
46,Thành phố Huế,482,Huyện Phú Lộc,20188,Xã Thượng Long,false,46,20182,Xã Long Quảng
46,Thành phố Huế,482,Huyện Phú Lộc,20191,Xã Thượng Nhật,false,46,20179,Xã Nam Đông
48,Thành phố Đà Nẵng,490,Quận Liên Chiểu,20194,Phường Hòa Hiệp Bắc,false,48,20194,Phường Hải Vân
48,Thành phố Đà Nẵng,490,Quận Liên Chiểu,20195,Phường Hòa Hiệp Nam,false,48,20194,Phường Hải Vân
48,Thành phố Đà Nẵng,490,Quận Liên Chiểu,20197,Phường Hòa Khánh Bắc,false,48,20197,Phường Liên Chiểu
48,Thành phố Đà Nẵng,490,Quận Liên Chiểu,20198,Phường Hòa Khánh Nam,false,48,20200,Phường Hòa Khánh
48,Thành phố Đà Nẵng,490,Quận Liên Chiểu,20200,Phường Hòa Minh,false,48,20200,Phường Hòa Khánh
48,Thành phố Đà Nẵng,491,Quận Thanh Khê,20206,Phường Thanh Khê Tây,false,48,20209,Phường Thanh Khê
48,Thành phố Đà Nẵng,491,Quận Thanh Khê,20207,Phường Thanh Khê Đông,false,48,20209,Phường Thanh Khê
48,Thành phố Đà Nẵng,491,Quận Thanh Khê,20209,Phường Xuân Hà,false,48,20209,Phường Thanh Khê
48,Thành phố Đà Nẵng,491,Quận Thanh Khê,20215,Phường Chính Gián,false,48,20209,Phường Thanh Khê
48,Thành phố Đà Nẵng,491,Quận Thanh Khê,20218,Phường Thạc Gián,false,48,20209,Phường Thanh Khê
48,Thành phố Đà Nẵng,491,Quận Thanh Khê,20224,Phường An Khê,false,48,20305,Phường An Khê
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20227,Phường Thanh Bình,false,48,20242,Phường Hải Châu
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20230,Phường Thuận Phước,false,48,20242,Phường Hải Châu
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20233,Phường Thạch Thang,false,48,20242,Phường Hải Châu
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20236,Phường Hải Châu,false,48,20242,Phường Hải Châu
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20242,Phường Phước Ninh,false,48,20242,Phường Hải Châu
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20245,Phường Hòa Thuận Tây,false,48,20257,Phường Hòa Cường
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20254,Phường Bình Thuận,false,48,20257,Phường Hòa Cường
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20257,Phường Hòa Cường Bắc,false,48,20257,Phường Hòa Cường
48,Thành phố Đà Nẵng,492,Quận Hải Châu,20258,Phường Hòa Cường Nam,false,48,20257,Phường Hòa Cường
48,Thành phố Đà Nẵng,493,Quận Sơn Trà,20263,Phường Thọ Quang,false,48,20263,Phường Sơn Trà
48,Thành phố Đà Nẵng,493,Quận Sơn Trà,20266,Phường Nại Hiên Đông,false,48,20263,Phường Sơn Trà
48,Thành phố Đà Nẵng,493,Quận Sơn Trà,20269,Phường Mân Thái,false,48,20263,Phường Sơn Trà
48,Thành phố Đà Nẵng,493,Quận Sơn Trà,20272,Phường An Hải Bắc,false,48,20275,Phường An Hải
48,Thành phố Đà Nẵng,493,Quận Sơn Trà,20275,Phường Phước Mỹ,false,48,20275,Phường An Hải
48,Thành phố Đà Nẵng,493,Quận Sơn Trà,20278,Phường An Hải Nam,false,48,20275,Phường An Hải
48,Thành phố Đà Nẵng,494,Quận Ngũ Hành Sơn,20284,Phường Mỹ An,false,48,20285,Phường Ngũ Hành Sơn
48,Thành phố Đà Nẵng,494,Quận Ngũ Hành Sơn,20285,Phường Khuê Mỹ,false,48,20285,Phường Ngũ Hành Sơn
48,Thành phố Đà Nẵng,494,Quận Ngũ Hành Sơn,20287,Phường Hòa Quý,false,48,20285,Phường Ngũ Hành Sơn
48,Thành phố Đà Nẵng,494,Quận Ngũ Hành Sơn,20290,Phường Hòa Hải,false,48,20285,Phường Ngũ Hành Sơn
48,Thành phố Đà Nẵng,495,Quận Cẩm Lệ,20260,Phường Khuê Trung,false,48,20260,Phường Cẩm Lệ
48,Thành phố Đà Nẵng,495,Quận Cẩm Lệ,20305,Phường Hòa Phát,false,48,20305,Phường An Khê
48,Thành phố Đà Nẵng,495,Quận Cẩm Lệ,20306,Phường Hòa An,false,48,20305,Phường An Khê
48,Thành phố Đà Nẵng,495,Quận Cẩm Lệ,20311,Phường Hòa Thọ Tây,false,48,20260,Phường Cẩm Lệ
48,Thành phố Đà Nẵng,495,Quận Cẩm Lệ,20312,Phường Hòa Thọ Đông,false,48,20260,Phường Cẩm Lệ
48,Thành phố Đà Nẵng,495,Quận Cẩm Lệ,20314,Phường Hòa Xuân,false,48,20314,Phường Hòa Xuân
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20293,Xã Hòa Bắc,false,48,20194,Phường Hải Vân
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20296,Xã Hòa Liên,true,48,20194,Phường Hải Vân
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20296,Xã Hòa Liên,true,48,20197,Phường Liên Chiểu
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20299,Xã Hòa Ninh,false,48,20308,Xã Bà Nà
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20302,Xã Hòa Sơn,false,48,20200,Phường Hòa Khánh
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20308,Xã Hòa Nhơn,false,48,20308,Xã Bà Nà
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20317,Xã Hòa Phú,false,48,20320,Xã Hòa Vang
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20320,Xã Hòa Phong,false,48,20320,Xã Hòa Vang
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20323,Xã Hòa Châu,false,48,20314,Phường Hòa Xuân
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20326,Xã Hòa Tiến,false,48,20332,Xã Hòa Tiến
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20329,Xã Hòa Phước,false,48,20314,Phường Hòa Xuân
48,Thành phố Đà Nẵng,497,Huyện Hòa Vang,20332,Xã Hòa Khương,false,48,20332,Xã Hòa Tiến
48,Thành phố Đà Nẵng,498,Huyện Hoàng Sa,,,false,48,20333,Đặc khu Hoàng Sa
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20335,Phường Tân Thạnh,false,48,20335,Phường Bàn Thạch
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20341,Phường An Mỹ,false,48,20341,Phường Tam Kỳ
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20344,Phường Hòa Hương,false,48,20350,Phường Hương Trà
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20347,Phường An Xuân,false,48,20341,Phường Tam Kỳ
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20350,Phường An Sơn,false,48,20350,Phường Hương Trà
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20353,Phường Trường Xuân,false,48,20341,Phường Tam Kỳ
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20356,Phường An Phú,false,48,20356,Phường Quảng Phú
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20359,Xã Tam Thanh,false,48,20356,Phường Quảng Phú
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20362,Xã Tam Thăng,false,48,20335,Phường Bàn Thạch
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20371,Xã Tam Phú,false,48,20356,Phường Quảng Phú
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20375,Phường Hòa Thuận,false,48,20335,Phường Bàn Thạch
49,Tỉnh Quảng Nam,502,Thành phố Tam Kỳ,20389,Xã Tam Ngọc,false,48,20350,Phường Hương Trà
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20398,Phường Minh An,false,48,20410,Phường Hội An
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20401,Phường Tân An,false,48,20401,Phường Hội An Tây
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20404,Phường Cẩm Phô,false,48,20410,Phường Hội An
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20407,Phường Thanh Hà,false,48,20401,Phường Hội An Tây
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20410,Phường Sơn Phong,false,48,20410,Phường Hội An
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20413,Phường Cẩm Châu,false,48,20413,Phường Hội An Đông
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20416,Phường Cửa Đại,false,48,20413,Phường Hội An Đông
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20419,Phường Cẩm An,false,48,20401,Phường Hội An Tây
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20422,Xã Cẩm Hà,false,48,20401,Phường Hội An Tây
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20425,Xã Cẩm Kim,false,48,20410,Phường Hội An
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20428,Phường Cẩm Nam,false,48,20410,Phường Hội An
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20431,Xã Cẩm Thanh,false,48,20413,Phường Hội An Đông
49,Tỉnh Quảng Nam,503,Thành phố Hội An,20434,Xã Tân Hiệp,false,48,20434,Xã Tân Hiệp
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20437,Xã Ch'ơm,false,48,20443,Xã Hùng Sơn
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20440,Xã Ga Ri,false,48,20443,Xã Hùng Sơn
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20443,Xã A Xan,false,48,20443,Xã Hùng Sơn
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20446,Xã Tr'Hy,false,48,20443,Xã Hùng Sơn
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20449,Xã Lăng,false,48,20455,Xã Tây Giang
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20452,Xã A Nông,false,48,20455,Xã Tây Giang
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20455,Xã A Tiêng,false,48,20455,Xã Tây Giang
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20458,Xã Bha Lêê,false,48,20458,Xã Avương
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20461,Xã A Vương,false,48,20458,Xã Avương
49,Tỉnh Quảng Nam,504,Huyện Tây Giang,20464,Xã Dang,false,48,20455,Xã Tây Giang
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20467,Thị Trấn Prao,false,48,20467,Xã Đông Giang
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20470,Xã Tà Lu,false,48,20467,Xã Đông Giang
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20473,Xã Sông Kôn,false,48,20476,Xã Sông Kôn
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20476,Xã Jơ Ngây,false,48,20476,Xã Sông Kôn
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20479,Xã A Ting,false,48,20476,Xã Sông Kôn
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20482,Xã Tư,false,48,20485,Xã Sông Vàng
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20485,Xã Ba,false,48,20485,Xã Sông Vàng
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20488,Xã A Rooi,false,48,20467,Xã Đông Giang
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20491,Xã Zà Hung,false,48,20467,Xã Đông Giang
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20494,Xã Mà Cooih,false,48,20494,Xã Bến Hiên
49,Tỉnh Quảng Nam,505,Huyện Đông Giang,20497,Xã Kà Dăng,false,48,20494,Xã Bến Hiên
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20500,Thị trấn Ái Nghĩa,false,48,20500,Xã Đại Lộc
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20503,Xã Đại Sơn,false,48,20506,Xã Thượng Đức
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20506,Xã Đại Lãnh,false,48,20506,Xã Thượng Đức
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20509,Xã Đại Hưng,false,48,20506,Xã Thượng Đức
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20512,Xã Đại Hồng,false,48,20515,Xã Hà Nha
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20515,Xã Đại Đồng,false,48,20515,Xã Hà Nha
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20518,Xã Đại Quang,false,48,20515,Xã Hà Nha
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20521,Xã Đại Nghĩa,false,48,20500,Xã Đại Lộc
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20524,Xã Đại Hiệp,false,48,20500,Xã Đại Lộc
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20527,Xã Đại Thạnh,false,48,20542,Xã Phú Thuận
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20530,Xã Đại Chánh,false,48,20542,Xã Phú Thuận
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20533,Xã Đại Tân,false,48,20542,Xã Phú Thuận
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20536,Xã Đại Phong,false,48,20539,Xã Vu Gia
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20539,Xã Đại Minh,false,48,20539,Xã Vu Gia
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20542,Xã Đại Thắng,false,48,20542,Xã Phú Thuận
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20545,Xã Đại Cường,false,48,20539,Xã Vu Gia
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20547,Xã Đại An,false,48,20500,Xã Đại Lộc
49,Tỉnh Quảng Nam,506,Huyện Đại Lộc,20548,Xã Đại Hòa,false,48,20500,Xã Đại Lộc
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20551,Phường Vĩnh Điện,false,48,20551,Phường Điện Bàn
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20554,Xã Điện Tiến,false,48,20557,Phường Điện Bàn Bắc
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20557,Xã Điện Hòa,false,48,20557,Phường Điện Bàn Bắc
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20560,Phường Điện Thắng Bắc,false,48,20557,Phường Điện Bàn Bắc
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20561,Phường Điện Thắng Trung,false,48,20575,Phường An Thắng
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20562,Phường Điện Thắng Nam,false,48,20575,Phường An Thắng
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20563,Phường Điện Ngọc,false,48,20579,Phường Điện Bàn Đông
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20566,Xã Điện Hồng,false,48,20569,Xã Điện Bàn Tây
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20569,Xã Điện Thọ,false,48,20569,Xã Điện Bàn Tây
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20572,Xã Điện Phước,false,48,20569,Xã Điện Bàn Tây
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20575,Phường Điện An,false,48,20575,Phường An Thắng
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20578,Phường Điện Nam Bắc,false,48,20579,Phường Điện Bàn Đông
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20579,Phường Điện Nam Trung,false,48,20579,Phường Điện Bàn Đông
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20580,Phường Điện Nam Đông,false,48,20579,Phường Điện Bàn Đông
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20581,Phường Điện Dương,false,48,20579,Phường Điện Bàn Đông
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20584,Xã Điện Quang,false,48,20587,Xã Gò Nổi
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20587,Xã Điện Trung,false,48,20587,Xã Gò Nổi
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20590,Xã Điện Phong,false,48,20587,Xã Gò Nổi
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20593,Phường Điện Minh,false,48,20551,Phường Điện Bàn
49,Tỉnh Quảng Nam,507,Thị xã Điện Bàn,20596,Phường Điện Phương,false,48,20551,Phường Điện Bàn
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20599,Thị trấn Nam Phước,false,48,20599,Xã Nam Phước
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20605,Xã Duy Phú,false,48,20611,Xã Thu Bồn
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20608,Xã Duy Tân,false,48,20611,Xã Thu Bồn
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20611,Xã Duy Hòa,false,48,20611,Xã Thu Bồn
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20614,Xã Duy Châu,false,48,20611,Xã Thu Bồn
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20617,Xã Duy Trinh,false,48,20623,Xã Duy Xuyên
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20620,Xã Duy Sơn,false,48,20623,Xã Duy Xuyên
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20623,Xã Duy Trung,false,48,20623,Xã Duy Xuyên
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20626,Xã Duy Phước,false,48,20599,Xã Nam Phước
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20629,Xã Duy Thành,false,48,20635,Xã Duy Nghĩa
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20632,Xã Duy Vinh,false,48,20599,Xã Nam Phước
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20635,Xã Duy Nghĩa,false,48,20635,Xã Duy Nghĩa
49,Tỉnh Quảng Nam,508,Huyện Duy Xuyên,20638,Xã Duy Hải,false,48,20635,Xã Duy Nghĩa
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20641,Thị trấn Đông Phú,false,48,20641,Xã Quế Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20644,Xã Quế Xuân 1,false,48,20650,Xã Xuân Phú
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20647,Xã Quế Xuân 2,false,48,20650,Xã Xuân Phú
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20650,Xã Quế Phú,false,48,20650,Xã Xuân Phú
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20651,Thị trấn Hương An,false,48,20650,Xã Xuân Phú
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20656,Thị trấn Trung Phước,false,48,20656,Xã Nông Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20659,Xã Quế Hiệp,false,48,20662,Xã Quế Sơn Trung
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20662,Xã Quế Thuận,false,48,20662,Xã Quế Sơn Trung
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20665,Xã Quế Mỹ,false,48,20662,Xã Quế Sơn Trung
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20668,Xã Ninh Phước,false,48,20669,Xã Quế Phước
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20669,Xã Phước Ninh,false,48,20669,Xã Quế Phước
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20671,Xã Quế Lộc,false,48,20656,Xã Nông Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20677,Xã Quế Long,false,48,20641,Xã Quế Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20680,Xã Quế Châu,false,48,20662,Xã Quế Sơn Trung
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20683,Xã Quế Phong,false,48,20641,Xã Quế Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20686,Xã Quế An,false,48,20641,Xã Quế Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20689,Xã Quế Minh,false,48,20641,Xã Quế Sơn
49,Tỉnh Quảng Nam,509,Huyện Quế Sơn,20692,Xã Quế Lâm,false,48,20669,Xã Quế Phước
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20695,Thị trấn Thạnh Mỹ,false,48,20695,Xã Thạnh Mỹ
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20698,Xã La Êê,false,48,20698,Xã La Êê
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20699,Xã Chơ Chun,false,48,20698,Xã La Êê
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20701,Xã Zuôih,false,48,20707,Xã Nam Giang
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20702,Xã Tà Pơơ,false,48,20710,Xã Bến Giằng
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20704,Xã La Dêê,false,48,20704,Xã La Dêê
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20705,Xã Đắc Tôi,false,48,20704,Xã La Dêê
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20707,Xã Chà Vàl,false,48,20707,Xã Nam Giang
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20710,Xã Tà Bhing,false,48,20710,Xã Bến Giằng
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20713,Xã Cà Dy,false,48,20710,Xã Bến Giằng
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20716,Xã Đắc Pre,false,48,20716,Xã Đắc Pring
49,Tỉnh Quảng Nam,510,Huyện Nam Giang,20719,Xã Đắc Pring,false,48,20716,Xã Đắc Pring
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20722,Thị trấn Khâm Đức,false,48,20722,Xã Khâm Đức
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20725,Xã Phước Xuân,false,48,20722,Xã Khâm Đức
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20728,Xã Phước Hiệp,false,48,20728,Xã Phước Hiệp
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20729,Xã Phước Hòa,false,48,20728,Xã Phước Hiệp
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20731,Xã Phước Đức,false,48,20734,Xã Phước Năng
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20734,Xã Phước Năng,false,48,20734,Xã Phước Năng
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20737,Xã Phước Mỹ,false,48,20734,Xã Phước Năng
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20740,Xã Phước Chánh,false,48,20740,Xã Phước Chánh
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20743,Xã Phước Công,false,48,20740,Xã Phước Chánh
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20746,Xã Phước Kim,false,48,20752,Xã Phước Thành
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20749,Xã Phước Lộc,false,48,20752,Xã Phước Thành
49,Tỉnh Quảng Nam,511,Huyện Phước Sơn,20752,Xã Phước Thành,false,48,20752,Xã Phước Thành
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20758,Xã Quế Tân,false,48,20779,Xã Hiệp Đức
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20764,Xã Quế Thọ,false,48,20767,Xã Việt An
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20767,Xã Bình Lâm,false,48,20767,Xã Việt An
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20770,Xã Sông Trà,false,48,20770,Xã Phước Trà
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20773,Xã Phước Trà,false,48,20770,Xã Phước Trà
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20776,Xã Phước Gia,false,48,20770,Xã Phước Trà
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20779,Thị trấn Tân Bình,false,48,20779,Xã Hiệp Đức
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20782,Xã Quế Lưu,false,48,20779,Xã Hiệp Đức
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20785,Xã Thăng Phước,false,48,20767,Xã Việt An
49,Tỉnh Quảng Nam,512,Huyện Hiệp Đức,20788,Xã Bình Sơn,false,48,20767,Xã Việt An
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20791,Thị trấn Hà Lam,false,48,20791,Xã Thăng Bình
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20794,Xã Bình Dương,false,48,20794,Xã Thăng An
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20797,Xã Bình Giang,false,48,20794,Xã Thăng An
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20800,Xã Bình Nguyên,false,48,20791,Xã Thăng Bình
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20803,Xã Bình Phục,false,48,20791,Xã Thăng Bình
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20806,Xã Bình Triều,false,48,20794,Xã Thăng An
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20809,Xã Bình Đào,false,48,20794,Xã Thăng An
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20812,Xã Bình Minh,false,48,20794,Xã Thăng An
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20815,Xã Bình Lãnh,false,48,20818,Xã Đồng Dương
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20818,Xã Bình Trị,false,48,20818,Xã Đồng Dương
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20821,Xã Bình Định,false,48,20818,Xã Đồng Dương
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20824,Xã Bình Quý,false,48,20791,Xã Thăng Bình
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20827,Xã Bình Phú,false,48,20827,Xã Thăng Phú
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20833,Xã Bình Tú,false,48,20848,Xã Thăng Điền
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20836,Xã Bình Sa,false,48,20836,Xã Thăng Trường
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20839,Xã Bình Hải,false,48,20836,Xã Thăng Trường
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20842,Xã Bình Quế,false,48,20827,Xã Thăng Phú
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20845,Xã Bình An,false,48,20848,Xã Thăng Điền
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20848,Xã Bình Trung,false,48,20848,Xã Thăng Điền
49,Tỉnh Quảng Nam,513,Huyện Thăng Bình,20851,Xã Bình Nam,false,48,20836,Xã Thăng Trường
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20854,Thị trấn Tiên Kỳ,false,48,20854,Xã Tiên Phước
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20857,Xã Tiên Sơn,false,48,20857,Xã Sơn Cẩm Hà
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20860,Xã Tiên Hà,false,48,20857,Xã Sơn Cẩm Hà
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20866,Xã Tiên Châu,false,48,20857,Xã Sơn Cẩm Hà
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20869,Xã Tiên Lãnh,false,48,20875,Xã Lãnh Ngọc
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20872,Xã Tiên Ngọc,false,48,20875,Xã Lãnh Ngọc
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20875,Xã Tiên Hiệp,false,48,20875,Xã Lãnh Ngọc
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20878,Xã Tiên Cảnh,false,48,20878,Xã Thạnh Bình
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20881,Xã Tiên Mỹ,false,48,20854,Xã Tiên Phước
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20884,Xã Tiên Phong,false,48,20854,Xã Tiên Phước
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20887,Xã Tiên Thọ,false,48,20854,Xã Tiên Phước
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20890,Xã Tiên An,false,48,20878,Xã Thạnh Bình
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20893,Xã Tiên Lộc,false,48,20878,Xã Thạnh Bình
49,Tỉnh Quảng Nam,514,Huyện Tiên Phước,20896,Xã Tiên Lập,false,48,20878,Xã Thạnh Bình
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20899,Thị trấn Trà My,false,48,20900,Xã Trà My
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20900,Xã Trà Sơn,false,48,20900,Xã Trà My
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20902,Xã Trà Kót,false,48,20908,Xã Trà Liên
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20905,Xã Trà Nú,false,48,20908,Xã Trà Liên
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20908,Xã Trà Đông,false,48,20908,Xã Trà Liên
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20911,Xã Trà Dương,false,48,20900,Xã Trà My
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20914,Xã Trà Giang,false,48,20900,Xã Trà My
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20917,Xã Trà Bui,false,48,20920,Xã Trà Đốc
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20920,Xã Trà Đốc,false,48,20920,Xã Trà Đốc
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20923,Xã Trà Tân,false,48,20923,Xã Trà Tân
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20926,Xã Trà Giác,false,48,20923,Xã Trà Tân
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20929,Xã Trà Giáp,false,48,20929,Xã Trà Giáp
49,Tỉnh Quảng Nam,515,Huyện Bắc Trà My,20932,Xã Trà Ka,false,48,20929,Xã Trà Giáp
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20935,Xã Trà Leng,false,48,20938,Xã Trà Leng
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20938,Xã Trà Dơn,false,48,20938,Xã Trà Leng
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20941,Xã Trà Tập,false,48,20941,Xã Trà Tập
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20944,Xã Trà Mai,false,48,20944,Xã Nam Trà My
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20947,Xã Trà Cang,false,48,20941,Xã Trà Tập
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20950,Xã Trà Linh,false,48,20950,Xã Trà Linh
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20953,Xã Trà Nam,false,48,20950,Xã Trà Linh
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20956,Xã Trà Don,false,48,20944,Xã Nam Trà My
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20959,Xã Trà Vân,false,48,20959,Xã Trà Vân
49,Tỉnh Quảng Nam,516,Huyện Nam Trà My,20962,Xã Trà Vinh,false,48,20959,Xã Trà Vân
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20965,Thị trấn Núi Thành,false,48,20965,Xã Núi Thành
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20968,Xã Tam Xuân I,false,48,20971,Xã Tam Xuân
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20971,Xã Tam Xuân II,false,48,20971,Xã Tam Xuân
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20974,Xã Tam Tiến,false,48,20971,Xã Tam Xuân
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20977,Xã Tam Sơn,false,48,20977,Xã Đức Phú
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20980,Xã Tam Thạnh,false,48,20977,Xã Đức Phú
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20983,Xã Tam Anh Bắc,false,48,20984,Xã Tam Anh
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20984,Xã Tam Anh Nam,false,48,20984,Xã Tam Anh
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20986,Xã Tam Hòa,false,48,20984,Xã Tam Anh
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20989,Xã Tam Hiệp,false,48,20965,Xã Núi Thành
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20992,Xã Tam Hải,false,48,20992,Xã Tam Hải
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20995,Xã Tam Giang,false,48,20965,Xã Núi Thành
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,20998,Xã Tam Quang,false,48,20965,Xã Núi Thành
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,21001,Xã Tam Nghĩa,false,48,20965,Xã Núi Thành
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,21004,Xã Tam Mỹ Tây,false,48,21004,Xã Tam Mỹ
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,21005,Xã Tam Mỹ Đông,false,48,21004,Xã Tam Mỹ
49,Tỉnh Quảng Nam,517,Huyện Núi Thành,21007,Xã Tam Trà,false,48,21004,Xã Tam Mỹ
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20364,Thị trấn Phú Thịnh,false,48,20364,Xã Chiên Đàn
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20365,Xã Tam Thành,false,48,20380,Xã Tây Hồ
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20368,Xã Tam An,false,48,20380,Xã Tây Hồ
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20374,Xã Tam Đàn,false,48,20364,Xã Chiên Đàn
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20377,Xã Tam Lộc,false,48,20380,Xã Tây Hồ
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20380,Xã Tam Phước,false,48,20380,Xã Tây Hồ
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20386,Xã Tam Thái,false,48,20364,Xã Chiên Đàn
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20387,Xã Tam Đại,false,48,20392,Xã Phú Ninh
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20392,Xã Tam Dân,false,48,20392,Xã Phú Ninh
49,Tỉnh Quảng Nam,518,Huyện Phú Ninh,20395,Xã Tam Lãnh,false,48,20392,Xã Phú Ninh
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21010,Phường Lê Hồng Phong,false,51,21028,Phường Nghĩa Lộ
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21013,Phường Trần Phú,false,51,21028,Phường Nghĩa Lộ
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21016,Phường Quảng Phú,false,51,21028,Phường Nghĩa Lộ
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21019,Phường Nghĩa Chánh,false,51,21025,Phường Cẩm Thành
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21022,Phường Trần Hưng Đạo,false,51,21025,Phường Cẩm Thành
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21025,Phường Nguyễn Nghiêm,false,51,21025,Phường Cẩm Thành
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21028,Phường Nghĩa Lộ,false,51,21028,Phường Nghĩa Lộ
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21031,Phường Chánh Lộ,false,51,21025,Phường Cẩm Thành
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21034,Xã Nghĩa Dũng,false,51,21034,Xã An Phú
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21037,Xã Nghĩa Dõng,false,51,21034,Xã An Phú
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21172,Phường Trương Quang Trọng,false,51,21172,Phường Trương Quang Trọng
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21187,Xã Tịnh Hòa,false,51,21109,Xã Đông Sơn
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21190,Xã Tịnh Kỳ,false,51,21211,Xã Tịnh Khê
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21199,Xã Tịnh Thiện,false,51,21211,Xã Tịnh Khê
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21202,Xã Tịnh Ấn Đông,false,51,21172,Phường Trương Quang Trọng
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21208,Xã Tịnh Châu,false,51,21211,Xã Tịnh Khê
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21211,Xã Tịnh Khê,false,51,21211,Xã Tịnh Khê
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21214,Xã Tịnh Long,false,51,21211,Xã Tịnh Khê
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21223,Xã Tịnh Ấn Tây,false,51,21172,Phường Trương Quang Trọng
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21232,Xã Tịnh An,false,51,21172,Phường Trương Quang Trọng
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21256,Xã Nghĩa Hà,false,51,21034,Xã An Phú
51,Tỉnh Quảng Ngãi,522,Thành phố Quảng Ngãi,21262,Xã An Phú,false,51,21034,Xã An Phú
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21040,Thị trấn Châu Ổ,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21043,Xã Bình Thuận,false,51,21061,Xã Vạn Tường
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21046,Xã Bình Thạnh,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21049,Xã Bình Đông,false,51,21061,Xã Vạn Tường
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21052,Xã Bình Chánh,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21055,Xã Bình Nguyên,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21058,Xã Bình Khương,false,51,21085,Xã Bình Minh
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21061,Xã Bình Trị,false,51,21061,Xã Vạn Tường
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21064,Xã Bình An,false,51,21085,Xã Bình Minh
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21067,Xã Bình Hải,false,51,21061,Xã Vạn Tường
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21070,Xã Bình Dương,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21073,Xã Bình Phước,false,51,21061,Xã Vạn Tường
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21079,Xã Bình Hòa,false,51,21061,Xã Vạn Tường
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21082,Xã Bình Trung,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21085,Xã Bình Minh,false,51,21085,Xã Bình Minh
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21088,Xã Bình Long,false,51,21040,Xã Bình Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21091,Xã Bình Thanh,false,51,21109,Xã Đông Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21100,Xã Bình Chương,false,51,21100,Xã Bình Chương
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21103,Xã Bình Hiệp,false,51,21109,Xã Đông Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21106,Xã Bình Mỹ,false,51,21100,Xã Bình Chương
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21109,Xã Bình Tân Phú,false,51,21109,Xã Đông Sơn
51,Tỉnh Quảng Ngãi,524,Huyện Bình Sơn,21112,Xã Bình Châu,false,51,21109,Xã Đông Sơn
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21115,Thị trấn Trà Xuân,false,51,21115,Xã Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21118,Xã Trà Giang,false,51,21127,Xã Đông Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21121,Xã Trà Thủy,false,51,21115,Xã Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21124,Xã Trà Hiệp,false,51,21124,Xã Thanh Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21127,Xã Trà Bình,false,51,21127,Xã Đông Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21130,Xã Trà Phú,false,51,21127,Xã Đông Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21133,Xã Trà Lâm,false,51,21124,Xã Thanh Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21136,Xã Trà Tân,false,51,21136,Xã Cà Đam
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21139,Xã Trà Sơn,false,51,21115,Xã Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21142,Xã Trà Bùi,true,51,21136,Xã Cà Đam
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21142,Xã Trà Bùi,true,51,21157,Xã Tây Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21145,Xã Trà Thanh,false,51,21124,Xã Thanh Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21148,Xã Sơn Trà,false,51,21154,Xã Tây Trà
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21154,Xã Trà Phong,false,51,21154,Xã Tây Trà
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21157,Xã Hương Trà,false,51,21157,Xã Tây Trà Bồng
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21163,Xã Trà Xinh,false,51,21154,Xã Tây Trà
51,Tỉnh Quảng Ngãi,525,Huyện Trà Bồng,21166,Xã Trà Tây,false,51,21157,Xã Tây Trà Bồng
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21175,Xã Tịnh Thọ,false,51,21181,Xã Thọ Phong
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21178,Xã Tịnh Trà,false,51,21205,Xã Ba Gia
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21181,Xã Tịnh Phong,false,51,21181,Xã Thọ Phong
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21184,Xã Tịnh Hiệp,false,51,21205,Xã Ba Gia
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21193,Xã Tịnh Bình,false,51,21220,Xã Sơn Tịnh
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21196,Xã Tịnh Đông,false,51,21196,Xã Trường Giang
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21205,Xã Tịnh Bắc,false,51,21205,Xã Ba Gia
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21217,Xã Tịnh Sơn,false,51,21220,Xã Sơn Tịnh
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21220,Thị trấn Tịnh Hà,false,51,21220,Xã Sơn Tịnh
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21226,Xã Tịnh Giang,false,51,21196,Xã Trường Giang
51,Tỉnh Quảng Ngãi,527,Huyện Sơn Tịnh,21229,Xã Tịnh Minh,false,51,21196,Xã Trường Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21235,Thị trấn La Hà,false,51,21235,Xã Tư Nghĩa
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21238,Thị trấn Sông Vệ,false,51,21238,Xã Vệ Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21241,Xã Nghĩa Lâm,false,51,21244,Xã Trà Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21244,Xã Nghĩa Thắng,false,51,21244,Xã Trà Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21247,Xã Nghĩa Thuận,false,51,21250,Xã Nghĩa Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21250,Xã Nghĩa Kỳ,false,51,21250,Xã Nghĩa Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21259,Xã Nghĩa Sơn,false,51,21244,Xã Trà Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21268,Xã Nghĩa Hòa,false,51,21235,Xã Tư Nghĩa
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21271,Xã Nghĩa Điền,false,51,21250,Xã Nghĩa Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21274,Xã Nghĩa Thương,false,51,21235,Xã Tư Nghĩa
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21277,Xã Nghĩa Trung,false,51,21235,Xã Tư Nghĩa
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21280,Xã Nghĩa Hiệp,false,51,21238,Xã Vệ Giang
51,Tỉnh Quảng Ngãi,528,Huyện Tư Nghĩa,21283,Xã Nghĩa Phương,false,51,21238,Xã Vệ Giang
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21289,Thị trấn Di Lăng,false,51,21289,Xã Sơn Hà
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21292,Xã Sơn Hạ,false,51,21292,Xã Sơn Hạ
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21295,Xã Sơn Thành,false,51,21292,Xã Sơn Hạ
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21298,Xã Sơn Nham,false,51,21292,Xã Sơn Hạ
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21301,Xã Sơn Bao,false,51,21289,Xã Sơn Hà
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21304,Xã Sơn Linh,false,51,21307,Xã Sơn Linh
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21307,Xã Sơn Giang,false,51,21307,Xã Sơn Linh
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21310,Xã Sơn Trung,false,51,21319,Xã Sơn Thủy
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21313,Xã Sơn Thượng,false,51,21289,Xã Sơn Hà
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21316,Xã Sơn Cao,false,51,21307,Xã Sơn Linh
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21319,Xã Sơn Hải,false,51,21319,Xã Sơn Thủy
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21322,Xã Sơn Thủy,false,51,21319,Xã Sơn Thủy
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21325,Xã Sơn Kỳ,false,51,21325,Xã Sơn Kỳ
51,Tỉnh Quảng Ngãi,529,Huyện Sơn Hà,21328,Xã Sơn Ba,false,51,21325,Xã Sơn Kỳ
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21331,Xã Sơn Bua,false,51,21334,Xã Sơn Tây Thượng
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21334,Xã Sơn Mùa,false,51,21334,Xã Sơn Tây Thượng
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21335,Xã Sơn Liên,false,51,21334,Xã Sơn Tây Thượng
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21337,Xã Sơn Tân,false,51,21340,Xã Sơn Tây
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21338,Xã Sơn Màu,false,51,21343,Xã Sơn Tây Hạ
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21340,Xã Sơn Dung,false,51,21340,Xã Sơn Tây
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21341,Xã Sơn Long,false,51,21340,Xã Sơn Tây
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21343,Xã Sơn Tinh,false,51,21343,Xã Sơn Tây Hạ
51,Tỉnh Quảng Ngãi,530,Huyện Sơn Tây,21346,Xã Sơn Lập,false,51,21343,Xã Sơn Tây Hạ
51,Tỉnh Quảng Ngãi,531,Huyện Minh Long,21349,Xã Long Sơn,false,51,21349,Xã Sơn Mai
51,Tỉnh Quảng Ngãi,531,Huyện Minh Long,21352,Xã Long Mai,false,51,21349,Xã Sơn Mai
51,Tỉnh Quảng Ngãi,531,Huyện Minh Long,21355,Xã Thanh An,false,51,21361,Xã Minh Long
51,Tỉnh Quảng Ngãi,531,Huyện Minh Long,21358,Xã Long Môn,false,51,21361,Xã Minh Long
51,Tỉnh Quảng Ngãi,531,Huyện Minh Long,21361,Xã Long Hiệp,false,51,21361,Xã Minh Long
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21364,Thị trấn Chợ Chùa,false,51,21364,Xã Nghĩa Hành
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21367,Xã Hành Thuận,false,51,21364,Xã Nghĩa Hành
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21370,Xã Hành Dũng,false,51,21370,Xã Phước Giang
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21373,Xã Hành Trung,false,51,21364,Xã Nghĩa Hành
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21376,Xã Hành Nhân,false,51,21370,Xã Phước Giang
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21379,Xã Hành Đức,false,51,21385,Xã Đình Cương
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21382,Xã Hành Minh,false,51,21370,Xã Phước Giang
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21385,Xã Hành Phước,false,51,21385,Xã Đình Cương
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21388,Xã Hành Thiện,false,51,21388,Xã Thiện Tín
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21391,Xã Hành Thịnh,false,51,21385,Xã Đình Cương
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21394,Xã Hành Tín Tây,false,51,21388,Xã Thiện Tín
51,Tỉnh Quảng Ngãi,532,Huyện Nghĩa Hành,21397,Xã Hành Tín Đông,false,51,21388,Xã Thiện Tín
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21400,Thị trấn Mộ Đức,false,51,21400,Xã Mộ Đức
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21406,Xã Thắng Lợi,false,51,21409,Xã Long Phụng
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21409,Xã Đức Nhuận,false,51,21409,Xã Long Phụng
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21412,Xã Đức Chánh,false,51,21421,Xã Mỏ Cày
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21415,Xã Đức Hiệp,false,51,21409,Xã Long Phụng
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21418,Xã Đức Minh,false,51,21421,Xã Mỏ Cày
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21421,Xã Đức Thạnh,false,51,21421,Xã Mỏ Cày
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21424,Xã Đức Hòa,false,51,21400,Xã Mộ Đức
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21427,Xã Đức Tân,false,51,21400,Xã Mộ Đức
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21430,Xã Đức Phú,false,51,21400,Xã Mộ Đức
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21433,Xã Đức Phong,false,51,21433,Xã Lân Phong
51,Tỉnh Quảng Ngãi,533,Huyện Mộ Đức,21436,Xã Đức Lân,false,51,21433,Xã Lân Phong
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21439,Phường Nguyễn Nghiêm,false,51,21439,Phường Đức Phổ
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21442,Xã Phổ An,false,51,21451,Phường Trà Câu
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21445,Xã Phổ Phong,false,51,21457,Xã Nguyễn Nghiêm
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21448,Xã Phổ Thuận,false,51,21451,Phường Trà Câu
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21451,Phường Phổ Văn,false,51,21451,Phường Trà Câu
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21454,Phường Phổ Quang,false,51,21451,Phường Trà Câu
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21457,Xã Phổ Nhơn,false,51,21457,Xã Nguyễn Nghiêm
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21460,Phường Phổ Ninh,false,51,21439,Phường Đức Phổ
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21463,Phường Phổ Minh,false,51,21439,Phường Đức Phổ
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21466,Phường Phổ Vinh,false,51,21439,Phường Đức Phổ
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21469,Phường Phổ Hòa,false,51,21439,Phường Đức Phổ
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21472,Xã Phổ Cường,false,51,21472,Xã Khánh Cường
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21475,Xã Phổ Khánh,false,51,21472,Xã Khánh Cường
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21478,Phường Phổ Thạnh,false,51,21478,Phường Sa Huỳnh
51,Tỉnh Quảng Ngãi,534,Thị xã Đức Phổ,21481,Xã Phổ Châu,false,51,21478,Phường Sa Huỳnh
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21484,Thị trấn Ba Tơ,false,51,21484,Xã Ba Tơ
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21487,Xã Ba Điền,false,51,21490,Xã Ba Vinh
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21490,Xã Ba Vinh,false,51,21490,Xã Ba Vinh
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21493,Xã Ba Thành,false,51,21496,Xã Ba Động
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21496,Xã Ba Động,false,51,21496,Xã Ba Động
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21499,Xã Ba Dinh,false,51,21499,Xã Ba Dinh
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21500,Xã Ba Giang,false,51,21499,Xã Ba Dinh
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21502,Xã Ba Liên,false,51,21496,Xã Ba Động
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21505,Xã Ba Ngạc,false,51,21529,Xã Ba Vì
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21508,Xã Ba Khâm,false,51,21520,Xã Đặng Thùy Trâm
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21511,Xã Ba Cung,false,51,21484,Xã Ba Tơ
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21517,Xã Ba Tiêu,false,51,21529,Xã Ba Vì
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21520,Xã Ba Trang,false,51,21520,Xã Đặng Thùy Trâm
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21523,Xã Ba Tô,false,51,21523,Xã Ba Tô
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21526,Xã Ba Bích,false,51,21484,Xã Ba Tơ
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21529,Xã Ba Vì,false,51,21529,Xã Ba Vì
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21532,Xã Ba Lế,false,51,21523,Xã Ba Tô
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21535,Xã Ba Nam,false,51,21523,Xã Ba Tô
51,Tỉnh Quảng Ngãi,535,Huyện Ba Tơ,21538,Xã Ba Xa,false,51,21538,Xã Ba Xa
51,Tỉnh Quảng Ngãi,536,Huyện Lý Sơn,,,false,51,21548,Đặc khu Lý Sơn
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21550,Phường Nhơn Bình,false,52,21601,Phường Quy Nhơn Đông
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21553,Phường Nhơn Phú,false,52,21553,Phường Quy Nhơn Bắc
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21556,Phường Đống Đa,false,52,21583,Phường Quy Nhơn
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21559,Phường Trần Quang Diệu,false,52,21553,Phường Quy Nhơn Bắc
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21562,Phường Hải Cảng,false,52,21583,Phường Quy Nhơn
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21565,Phường Quang Trung,false,52,21592,Phường Quy Nhơn Nam
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21577,Phường Ngô Mây,false,52,21592,Phường Quy Nhơn Nam
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21580,Phường Trần Phú,false,52,21583,Phường Quy Nhơn
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21583,Phường Thị Nại,false,52,21583,Phường Quy Nhơn
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21589,Phường Bùi Thị Xuân,false,52,21589,Phường Quy Nhơn Tây
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21592,Phường Nguyễn Văn Cừ,false,52,21592,Phường Quy Nhơn Nam
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21595,Phường Ghềnh Ráng,false,52,21592,Phường Quy Nhơn Nam
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21598,Xã Nhơn Lý,false,52,21601,Phường Quy Nhơn Đông
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21601,Xã Nhơn Hội,false,52,21601,Phường Quy Nhơn Đông
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21604,Xã Nhơn Hải,false,52,21601,Phường Quy Nhơn Đông
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21607,Xã Nhơn Châu,false,52,21607,Xã Nhơn Châu
52,Tỉnh Bình Định,540,Thành phố Quy Nhơn,21991,Xã Phước Mỹ,false,52,21589,Phường Quy Nhơn Tây
52,Tỉnh Bình Định,542,Huyện An Lão,21609,Thị trấn An Lão,false,52,21609,Xã An Lão
52,Tỉnh Bình Định,542,Huyện An Lão,21610,Xã An Hưng,false,52,21609,Xã An Lão
52,Tỉnh Bình Định,542,Huyện An Lão,21613,Xã An Trung,false,52,21616,Xã An Vinh
52,Tỉnh Bình Định,542,Huyện An Lão,21616,Xã An Dũng,false,52,21616,Xã An Vinh
52,Tỉnh Bình Định,542,Huyện An Lão,21619,Xã An Vinh,false,52,21616,Xã An Vinh
52,Tỉnh Bình Định,542,Huyện An Lão,21622,Xã An Toàn,false,52,21622,Xã An Toàn
52,Tỉnh Bình Định,542,Huyện An Lão,21625,Xã An Tân,false,52,21609,Xã An Lão
52,Tỉnh Bình Định,542,Huyện An Lão,21628,Xã An Hòa,false,52,21628,Xã An Hòa
52,Tỉnh Bình Định,542,Huyện An Lão,21631,Xã An Quang,false,52,21628,Xã An Hòa
52,Tỉnh Bình Định,542,Huyện An Lão,21634,Xã An Nghĩa,true,52,21628,Xã An Hòa
52,Tỉnh Bình Định,542,Huyện An Lão,21634,Xã An Nghĩa,true,52,21622,Xã An Toàn
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21637,Phường Tam Quan,false,52,21637,Phường Tam Quan
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21640,Phường Bồng Sơn,false,52,21640,Phường Bồng Sơn
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21643,Xã Hoài Sơn,false,52,21655,Phường Hoài Nhơn Bắc
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21646,Xã Hoài Châu Bắc,false,52,21655,Phường Hoài Nhơn Bắc
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21649,Xã Hoài Châu,false,52,21637,Phường Tam Quan
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21652,Xã Hoài Phú,false,52,21661,Phường Hoài Nhơn Tây
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21655,Phường Tam Quan Bắc,false,52,21655,Phường Hoài Nhơn Bắc
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21658,Phường Tam Quan Nam,false,52,21664,Phường Hoài Nhơn
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21661,Phường Hoài Hảo,false,52,21661,Phường Hoài Nhơn Tây
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21664,Phường Hoài Thanh Tây,false,52,21664,Phường Hoài Nhơn
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21667,Phường Hoài Thanh,false,52,21664,Phường Hoài Nhơn
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21670,Phường Hoài Hương,false,52,21670,Phường Hoài Nhơn Đông
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21673,Phường Hoài Tân,false,52,21673,Phường Hoài Nhơn Nam
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21676,Xã Hoài Hải,false,52,21670,Phường Hoài Nhơn Đông
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21679,Phường Hoài Xuân,false,52,21673,Phường Hoài Nhơn Nam
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21682,Xã Hoài Mỹ,false,52,21670,Phường Hoài Nhơn Đông
52,Tỉnh Bình Định,543,Thị xã Hoài Nhơn,21685,Phường Hoài Đức,false,52,21640,Phường Bồng Sơn
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21688,Thị trấn Tăng Bạt Hổ,false,52,21688,Xã Hoài Ân
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21690,Xã Ân Hảo Tây,false,52,21697,Xã Ân Hảo
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21691,Xã Ân Hảo Đông,false,52,21697,Xã Ân Hảo
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21694,Xã Ân Sơn,false,52,21703,Xã Vạn Đức
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21697,Xã Ân Mỹ,false,52,21697,Xã Ân Hảo
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21700,Xã Đak Mang,false,52,21715,Xã Ân Tường
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21703,Xã Ân Tín,false,52,21703,Xã Vạn Đức
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21706,Xã Ân Thạnh,false,52,21703,Xã Vạn Đức
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21709,Xã Ân Phong,false,52,21688,Xã Hoài Ân
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21712,Xã Ân Đức,false,52,21688,Xã Hoài Ân
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21715,Xã Ân Hữu,false,52,21715,Xã Ân Tường
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21718,Xã Bok Tới,false,52,21727,Xã Kim Sơn
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21721,Xã Ân Tường Tây,false,52,21715,Xã Ân Tường
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21724,Xã Ân Tường Đông,false,52,21688,Xã Hoài Ân
52,Tỉnh Bình Định,544,Huyện Hoài Ân,21727,Xã Ân Nghĩa,false,52,21727,Xã Kim Sơn
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21730,Thị trấn Phù Mỹ,false,52,21730,Xã Phù Mỹ
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21733,Thị trấn Bình Dương,false,52,21733,Xã Bình Dương
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21736,Xã Mỹ Đức,false,52,21739,Xã Phù Mỹ Bắc
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21739,Xã Mỹ Châu,false,52,21739,Xã Phù Mỹ Bắc
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21742,Xã Mỹ Thắng,false,52,21751,Xã Phù Mỹ Đông
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21745,Xã Mỹ Lộc,false,52,21739,Xã Phù Mỹ Bắc
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21748,Xã Mỹ Lợi,false,52,21733,Xã Bình Dương
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21751,Xã Mỹ An,false,52,21751,Xã Phù Mỹ Đông
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21754,Xã Mỹ Phong,false,52,21733,Xã Bình Dương
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21757,Xã Mỹ Trinh,false,52,21757,Xã Phù Mỹ Tây
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21760,Xã Mỹ Thọ,false,52,21751,Xã Phù Mỹ Đông
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21763,Xã Mỹ Hòa,false,52,21757,Xã Phù Mỹ Tây
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21766,Xã Mỹ Thành,false,52,21769,Xã An Lương
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21769,Xã Mỹ Chánh,false,52,21769,Xã An Lương
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21772,Xã Mỹ Quang,false,52,21730,Xã Phù Mỹ
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21775,Xã Mỹ Hiệp,false,52,21775,Xã Phù Mỹ Nam
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21778,Xã Mỹ Tài,false,52,21775,Xã Phù Mỹ Nam
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21781,Xã Mỹ Cát,false,52,21769,Xã An Lương
52,Tỉnh Bình Định,545,Huyện Phù Mỹ,21784,Xã Mỹ Chánh Tây,false,52,21730,Xã Phù Mỹ
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21786,Thị trấn Vĩnh Thạnh,false,52,21786,Xã Vĩnh Thạnh
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21787,Xã Vĩnh Sơn,false,52,21787,Xã Vĩnh Sơn
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21790,Xã Vĩnh Kim,false,52,21787,Xã Vĩnh Sơn
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21796,Xã Vĩnh Hiệp,false,52,21796,Xã Vĩnh Thịnh
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21799,Xã Vĩnh Hảo,false,52,21786,Xã Vĩnh Thạnh
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21801,Xã Vĩnh Hòa,false,52,21805,Xã Vĩnh Quang
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21802,Xã Vĩnh Thịnh,false,52,21796,Xã Vĩnh Thịnh
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21804,Xã Vĩnh Thuận,false,52,21805,Xã Vĩnh Quang
52,Tỉnh Bình Định,546,Huyện Vĩnh Thạnh,21805,Xã Vĩnh Quang,false,52,21805,Xã Vĩnh Quang
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21808,Thị trấn Phú Phong,false,52,21808,Xã Tây Sơn
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21811,Xã Bình Tân,false,52,21817,Xã Bình Hiệp
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21814,Xã Tây Thuận,false,52,21820,Xã Bình Khê
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21817,Xã Bình Thuận,false,52,21817,Xã Bình Hiệp
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21820,Xã Tây Giang,false,52,21820,Xã Bình Khê
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21823,Xã Bình Thành,false,52,21829,Xã Bình An
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21826,Xã Tây An,false,52,21817,Xã Bình Hiệp
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21829,Xã Bình Hòa,false,52,21829,Xã Bình An
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21832,Xã Tây Bình,false,52,21829,Xã Bình An
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21835,Xã Bình Tường,false,52,21835,Xã Bình Phú
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21838,Xã Tây Vinh,false,52,21829,Xã Bình An
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21841,Xã Vĩnh An,false,52,21835,Xã Bình Phú
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21844,Xã Tây Xuân,false,52,21808,Xã Tây Sơn
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21847,Xã Bình Nghi,false,52,21808,Xã Tây Sơn
52,Tỉnh Bình Định,547,Huyện Tây Sơn,21850,Xã Tây Phú,false,52,21835,Xã Bình Phú
52,Tỉnh Bình Định,548,Huyện Phù Cát,21853,Thị trấn Ngô Mây,false,52,21853,Xã Phù Cát
52,Tỉnh Bình Định,548,Huyện Phù Cát,21856,Xã Cát Sơn,false,52,21868,Xã Hội Sơn
52,Tỉnh Bình Định,548,Huyện Phù Cát,21859,Xã Cát Minh,false,52,21859,Xã Đề Gi
52,Tỉnh Bình Định,548,Huyện Phù Cát,21862,Thị trấn Cát Khánh,false,52,21859,Xã Đề Gi
52,Tỉnh Bình Định,548,Huyện Phù Cát,21865,Xã Cát Tài,false,52,21859,Xã Đề Gi
52,Tỉnh Bình Định,548,Huyện Phù Cát,21868,Xã Cát Lâm,false,52,21868,Xã Hội Sơn
52,Tỉnh Bình Định,548,Huyện Phù Cát,21871,Xã Cát Hanh,false,52,21871,Xã Hòa Hội
52,Tỉnh Bình Định,548,Huyện Phù Cát,21874,Xã Cát Thành,false,52,21880,Xã Cát Tiến
52,Tỉnh Bình Định,548,Huyện Phù Cát,21877,Xã Cát Trinh,false,52,21853,Xã Phù Cát
52,Tỉnh Bình Định,548,Huyện Phù Cát,21880,Xã Cát Hải,false,52,21880,Xã Cát Tiến
52,Tỉnh Bình Định,548,Huyện Phù Cát,21883,Xã Cát Hiệp,false,52,21871,Xã Hòa Hội
52,Tỉnh Bình Định,548,Huyện Phù Cát,21886,Xã Cát Nhơn,false,52,21892,Xã Xuân An
52,Tỉnh Bình Định,548,Huyện Phù Cát,21889,Xã Cát Hưng,false,52,21901,Xã Ngô Mây
52,Tỉnh Bình Định,548,Huyện Phù Cát,21892,Xã Cát Tường,false,52,21892,Xã Xuân An
52,Tỉnh Bình Định,548,Huyện Phù Cát,21895,Xã Cát Tân,false,52,21853,Xã Phù Cát
52,Tỉnh Bình Định,548,Huyện Phù Cát,21898,Thị trấn Cát Tiến,false,52,21880,Xã Cát Tiến
52,Tỉnh Bình Định,548,Huyện Phù Cát,21901,Xã Cát Thắng,false,52,21901,Xã Ngô Mây
52,Tỉnh Bình Định,548,Huyện Phù Cát,21904,Xã Cát Chánh,false,52,21901,Xã Ngô Mây
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21907,Phường Bình Định,false,52,21907,Phường Bình Định
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21910,Phường Đập Đá,false,52,21910,Phường An Nhơn
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21913,Xã Nhơn Mỹ,false,52,21910,Phường An Nhơn
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21916,Phường Nhơn Thành,false,52,21925,Phường An Nhơn Bắc
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21919,Xã Nhơn Hạnh,false,52,21925,Phường An Nhơn Bắc
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21922,Xã Nhơn Hậu,false,52,21910,Phường An Nhơn
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21925,Xã Nhơn Phong,false,52,21925,Phường An Nhơn Bắc
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21928,Xã Nhơn An,false,52,21934,Phường An Nhơn Đông
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21931,Xã Nhơn Phúc,false,52,21907,Phường Bình Định
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21934,Phường Nhơn Hưng,false,52,21934,Phường An Nhơn Đông
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21937,Xã Nhơn Khánh,false,52,21907,Phường Bình Định
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21940,Xã Nhơn Lộc,false,52,21940,Xã An Nhơn Tây
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21943,Phường Nhơn Hòa,false,52,21943,Phường An Nhơn Nam
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21946,Xã Nhơn Tân,false,52,21940,Xã An Nhơn Tây
52,Tỉnh Bình Định,549,Thị xã An Nhơn,21949,Xã Nhơn Thọ,false,52,21943,Phường An Nhơn Nam
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21952,Thị trấn Tuy Phước,false,52,21952,Xã Tuy Phước
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21955,Thị trấn Diêu Trì,false,52,21952,Xã Tuy Phước
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21958,Xã Phước Thắng,false,52,21970,Xã Tuy Phước Đông
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21961,Xã Phước Hưng,false,52,21964,Xã Tuy Phước Bắc
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21964,Xã Phước Quang,false,52,21964,Xã Tuy Phước Bắc
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21967,Xã Phước Hòa,false,52,21970,Xã Tuy Phước Đông
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21970,Xã Phước Sơn,false,52,21970,Xã Tuy Phước Đông
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21973,Xã Phước Hiệp,false,52,21964,Xã Tuy Phước Bắc
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21976,Xã Phước Lộc,false,52,21952,Xã Tuy Phước
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21979,Xã Phước Nghĩa,false,52,21952,Xã Tuy Phước
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21982,Xã Phước Thuận,false,52,21952,Xã Tuy Phước
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21985,Xã Phước An,false,52,21985,Xã Tuy Phước Tây
52,Tỉnh Bình Định,550,Huyện Tuy Phước,21988,Xã Phước Thành,false,52,21985,Xã Tuy Phước Tây
52,Tỉnh Bình Định,551,Huyện Vân Canh,21994,Thị trấn Vân Canh,false,52,21994,Xã Vân Canh
52,Tỉnh Bình Định,551,Huyện Vân Canh,21997,Xã Canh Liên,true,52,21997,Xã Canh Liên
52,Tỉnh Bình Định,551,Huyện Vân Canh,21997,Xã Canh Liên,true,52,22006,Xã Canh Vinh
52,Tỉnh Bình Định,551,Huyện Vân Canh,22000,Xã Canh Hiệp,true,52,22006,Xã Canh Vinh
52,Tỉnh Bình Định,551,Huyện Vân Canh,22000,Xã Canh Hiệp,true,52,21994,Xã Vân Canh
52,Tỉnh Bình Định,551,Huyện Vân Canh,22003,Xã Canh Vinh,false,52,22006,Xã Canh Vinh
52,Tỉnh Bình Định,551,Huyện Vân Canh,22006,Xã Canh Hiển,false,52,22006,Xã Canh Vinh
52,Tỉnh Bình Định,551,Huyện Vân Canh,22009,Xã Canh Thuận,false,52,21994,Xã Vân Canh
52,Tỉnh Bình Định,551,Huyện Vân Canh,22012,Xã Canh Hòa,false,52,21994,Xã Vân Canh
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22015,Phường 1,false,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22018,Phường 2,false,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22024,Phường 9,true,66,22045,Phường Bình Kiến
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22024,Phường 9,true,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22030,Phường 4,false,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22033,Phường 5,false,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22036,Phường 7,false,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22040,Phường Phú Thạnh,false,66,22240,Phường Phú Yên
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22041,Phường Phú Đông,false,66,22240,Phường Phú Yên
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22042,Xã Hòa Kiến,false,66,22045,Phường Bình Kiến
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22045,Xã Bình Kiến,false,66,22045,Phường Bình Kiến
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22162,Xã An Phú,false,66,22045,Phường Bình Kiến
54,Tỉnh Phú Yên,555,Thành phố Tuy Hòa,22240,Phường Phú Lâm,false,66,22240,Phường Phú Yên
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22051,Phường Xuân Phú,false,66,22051,Phường Sông Cầu
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22052,Xã Xuân Lâm,false,66,22075,Xã Xuân Thọ
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22053,Phường Xuân Thành,false,66,22076,Phường Xuân Đài
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22054,Xã Xuân Hải,false,66,22057,Xã Xuân Lộc
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22057,Xã Xuân Lộc,false,66,22057,Xã Xuân Lộc
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22060,Xã Xuân Bình,false,66,22060,Xã Xuân Cảnh
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22066,Xã Xuân Cảnh,false,66,22060,Xã Xuân Cảnh
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22069,Xã Xuân Thịnh,false,66,22051,Phường Sông Cầu
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22072,Xã Xuân Phương,false,66,22051,Phường Sông Cầu
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22073,Phường Xuân Yên,false,66,22051,Phường Sông Cầu
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22075,Xã Xuân Thọ 1,false,66,22075,Xã Xuân Thọ
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22076,Phường Xuân Đài,false,66,22076,Phường Xuân Đài
54,Tỉnh Phú Yên,557,Thị xã Sông Cầu,22078,Xã Xuân Thọ 2,false,66,22075,Xã Xuân Thọ
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22081,Thị trấn La Hai,false,66,22081,Xã Đồng Xuân
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22084,Xã Đa Lộc,false,66,22090,Xã Xuân Lãnh
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22087,Xã Phú Mỡ,false,66,22096,Xã Phú Mỡ
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22090,Xã Xuân Lãnh,false,66,22090,Xã Xuân Lãnh
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22093,Xã Xuân Long,false,66,22081,Xã Đồng Xuân
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22096,Xã Xuân Quang 1,false,66,22096,Xã Phú Mỡ
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22099,Xã Xuân Sơn Bắc,false,66,22081,Xã Đồng Xuân
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22102,Xã Xuân Quang 2,false,66,22081,Xã Đồng Xuân
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22105,Xã Xuân Sơn Nam,false,66,22081,Xã Đồng Xuân
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22108,Xã Xuân Quang 3,false,66,22111,Xã Xuân Phước
54,Tỉnh Phú Yên,558,Huyện Đồng Xuân,22111,Xã Xuân Phước,false,66,22111,Xã Xuân Phước
54,Tỉnh Phú Yên,559,Huyện Tuy An,22114,Thị trấn Chí Thạnh,false,66,22114,Xã Tuy An Bắc
54,Tỉnh Phú Yên,559,Huyện Tuy An,22117,Xã An Dân,false,66,22114,Xã Tuy An Bắc
54,Tỉnh Phú Yên,559,Huyện Tuy An,22120,Xã An Ninh Tây,false,66,22120,Xã Tuy An Đông
54,Tỉnh Phú Yên,559,Huyện Tuy An,22123,Xã An Ninh Đông,false,66,22120,Xã Tuy An Đông
54,Tỉnh Phú Yên,559,Huyện Tuy An,22126,Xã An Thạch,false,66,22120,Xã Tuy An Đông
54,Tỉnh Phú Yên,559,Huyện Tuy An,22129,Xã An Định,false,66,22114,Xã Tuy An Bắc
54,Tỉnh Phú Yên,559,Huyện Tuy An,22132,Xã An Nghiệp,false,66,22132,Xã Tuy An Tây
54,Tỉnh Phú Yên,559,Huyện Tuy An,22138,Xã An Cư,false,66,22147,Xã Ô Loan
54,Tỉnh Phú Yên,559,Huyện Tuy An,22141,Xã An Xuân,false,66,22132,Xã Tuy An Tây
54,Tỉnh Phú Yên,559,Huyện Tuy An,22144,Xã An Lĩnh,false,66,22132,Xã Tuy An Tây
54,Tỉnh Phú Yên,559,Huyện Tuy An,22147,Xã An Hòa Hải,false,66,22147,Xã Ô Loan
54,Tỉnh Phú Yên,559,Huyện Tuy An,22150,Xã An Hiệp,false,66,22147,Xã Ô Loan
54,Tỉnh Phú Yên,559,Huyện Tuy An,22153,Xã An Mỹ,false,66,22153,Xã Tuy An Nam
54,Tỉnh Phú Yên,559,Huyện Tuy An,22156,Xã An Chấn,false,66,22153,Xã Tuy An Nam
54,Tỉnh Phú Yên,559,Huyện Tuy An,22159,Xã An Thọ,false,66,22153,Xã Tuy An Nam
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22165,Thị trấn Củng Sơn,false,66,22165,Xã Sơn Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22168,Xã Phước Tân,false,66,22171,Xã Tây Sơn
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22171,Xã Sơn Hội,false,66,22171,Xã Tây Sơn
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22174,Xã Sơn Định,false,66,22177,Xã Vân Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22177,Xã Sơn Long,false,66,22177,Xã Vân Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22180,Xã Cà Lúi,false,66,22171,Xã Tây Sơn
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22183,Xã Sơn Phước,false,66,22165,Xã Sơn Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22186,Xã Sơn Xuân,false,66,22177,Xã Vân Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22189,Xã Sơn Nguyên,false,66,22165,Xã Sơn Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22192,Xã Ea Chà Rang,false,66,22192,Xã Suối Trai
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22195,Xã Krông Pa,false,66,22192,Xã Suối Trai
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22198,Xã Suối Bạc,false,66,22165,Xã Sơn Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22201,Xã Sơn Hà,false,66,22165,Xã Sơn Hòa
54,Tỉnh Phú Yên,560,Huyện Sơn Hòa,22204,Xã Suối Trai,false,66,22192,Xã Suối Trai
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22207,Thị trấn Hai Riêng,false,66,22207,Xã Sông Hinh
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22210,Xã Ea Lâm,false,66,22237,Xã Ea Ly
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22213,Xã Đức Bình Tây,false,66,22222,Xã Đức Bình
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22216,Xã Ea Bá,false,66,22225,Xã Ea Bá
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22219,Xã Sơn Giang,false,66,22222,Xã Đức Bình
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22222,Xã Đức Bình Đông,false,66,22222,Xã Đức Bình
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22225,Xã Ea Bar,true,66,22225,Xã Ea Bá
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22225,Xã Ea Bar,true,66,22237,Xã Ea Ly
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22228,Xã Ea Bia,true,66,22222,Xã Đức Bình
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22228,Xã Ea Bia,true,66,22207,Xã Sông Hinh
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22231,Xã Ea Trol,false,66,22207,Xã Sông Hinh
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22234,Xã Sông Hinh,false,66,22207,Xã Sông Hinh
54,Tỉnh Phú Yên,561,Huyện Sông Hinh,22237,Xã Ea Ly,false,66,22237,Xã Ea Ly
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22249,Xã Sơn Thành Tây,false,66,22250,Xã Sơn Thành
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22250,Xã Sơn Thành Đông,false,66,22250,Xã Sơn Thành
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22252,Xã Hòa Bình 1,true,66,22240,Phường Phú Yên
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22252,Xã Hòa Bình 1,true,66,22255,Xã Tây Hòa
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22255,Thị trấn Phú Thứ,false,66,22255,Xã Tây Hòa
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22264,Xã Hòa Phong,false,66,22255,Xã Tây Hòa
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22270,Xã Hòa Phú,false,66,22250,Xã Sơn Thành
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22273,Xã Hòa Tân Tây,false,66,22255,Xã Tây Hòa
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22276,Xã Hòa Đồng,false,66,22276,Xã Hòa Thịnh
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22285,Xã Hòa Mỹ Đông,false,66,22285,Xã Hòa Mỹ
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22288,Xã Hòa Mỹ Tây,false,66,22285,Xã Hòa Mỹ
54,Tỉnh Phú Yên,562,Huyện Tây Hòa,22294,Xã Hòa Thịnh,false,66,22276,Xã Hòa Thịnh
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22303,Xã Hòa Quang Bắc,false,66,22303,Xã Phú Hòa 2
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22306,Xã Hòa Quang Nam,false,66,22303,Xã Phú Hòa 2
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22309,Xã Hòa Hội,false,66,22319,Xã Phú Hòa 1
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22312,Xã Hòa Trị,true,66,22303,Xã Phú Hòa 2
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22312,Xã Hòa Trị,true,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22315,Xã Hòa An,true,66,22319,Xã Phú Hòa 1
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22315,Xã Hòa An,true,66,22015,Phường Tuy Hòa
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22318,Xã Hòa Định Đông,false,66,22319,Xã Phú Hòa 1
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22319,Thị Trấn Phú Hòa,false,66,22319,Xã Phú Hòa 1
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22321,Xã Hòa Định Tây,false,66,22319,Xã Phú Hòa 1
54,Tỉnh Phú Yên,563,Huyện Phú Hòa,22324,Xã Hòa Thắng,false,66,22319,Xã Phú Hòa 1
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22243,Xã Hòa Thành,false,66,22240,Phường Phú Yên
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22246,Phường Hòa Hiệp Bắc,true,66,22261,Phường Hòa Hiệp
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22246,Phường Hòa Hiệp Bắc,true,66,22240,Phường Phú Yên
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22258,Phường Hòa Vinh,false,66,22258,Phường Đông Hòa
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22261,Phường Hòa Hiệp Trung,false,66,22261,Phường Hòa Hiệp
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22267,Xã Hòa Tân Đông,false,66,22258,Phường Đông Hòa
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22279,Phường Hòa Xuân Tây,false,66,22258,Phường Đông Hòa
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22282,Phường Hòa Hiệp Nam,false,66,22261,Phường Hòa Hiệp
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22291,Xã Hòa Xuân Đông,false,66,22291,Xã Hòa Xuân
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22297,Xã Hòa Tâm,false,66,22291,Xã Hòa Xuân
54,Tỉnh Phú Yên,564,Thị xã Đông Hòa,22300,Xã Hòa Xuân Nam,false,66,22291,Xã Hòa Xuân
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22327,Phường Vĩnh Hòa,false,56,22333,Phường Bắc Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22330,Phường Vĩnh Hải,false,56,22333,Phường Bắc Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22333,Phường Vĩnh Phước,false,56,22333,Phường Bắc Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22336,Phường Ngọc Hiệp,false,56,22390,Phường Tây Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22339,Phường Vĩnh Thọ,false,56,22333,Phường Bắc Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22348,Phường Vạn Thạnh,false,56,22366,Phường Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22351,Phường Phương Sài,false,56,22390,Phường Tây Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22357,Phường Phước Hải,false,56,22402,Phường Nam Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22363,Phường Lộc Thọ,false,56,22366,Phường Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22366,Phường Tân Tiến,false,56,22366,Phường Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22372,Phường Phước Hòa,false,56,22366,Phường Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22375,Phường Vĩnh Nguyên,false,56,22366,Phường Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22378,Phường Phước Long,false,56,22402,Phường Nam Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22381,Phường Vĩnh Trường,false,56,22402,Phường Nam Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22384,Xã Vĩnh Lương,false,56,22333,Phường Bắc Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22387,Xã Vĩnh Phương,false,56,22333,Phường Bắc Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22390,Xã Vĩnh Ngọc,false,56,22390,Phường Tây Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22393,Xã Vĩnh Thạnh,false,56,22390,Phường Tây Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22396,Xã Vĩnh Trung,false,56,22390,Phường Tây Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22399,Xã Vĩnh Hiệp,false,56,22390,Phường Tây Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22402,Xã Vĩnh Thái,false,56,22402,Phường Nam Nha Trang
56,Tỉnh Khánh Hòa,568,Thành phố Nha Trang,22405,Xã Phước Đồng,false,56,22402,Phường Nam Nha Trang
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22408,Phường Cam Nghĩa,false,56,22411,Phường Bắc Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22411,Phường Cam Phúc Bắc,false,56,22411,Phường Bắc Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22414,Phường Cam Phúc Nam,false,56,22420,Phường Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22417,Phường Cam Lộc,false,56,22420,Phường Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22420,Phường Cam Phú,false,56,22420,Phường Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22423,Phường Ba Ngòi,false,56,22423,Phường Ba Ngòi
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22426,Phường Cam Thuận,false,56,22432,Phường Cam Linh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22429,Phường Cam Lợi,false,56,22432,Phường Cam Linh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22432,Phường Cam Linh,false,56,22432,Phường Cam Linh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22468,Xã Cam Thành Nam,false,56,22411,Phường Bắc Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22474,Xã Cam Phước Đông,false,56,22423,Phường Ba Ngòi
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22477,Xã Cam Thịnh Tây,false,56,22480,Xã Nam Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22480,Xã Cam Thịnh Đông,false,56,22480,Xã Nam Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22483,Xã Cam Lập,false,56,22480,Xã Nam Cam Ranh
56,Tỉnh Khánh Hòa,569,Thành phố Cam Ranh,22486,Xã Cam Bình,false,56,22480,Xã Nam Cam Ranh
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22435,Xã Cam Tân,true,56,22435,Xã Cam Hiệp
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22435,Xã Cam Tân,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22435,Xã Cam Tân,true,56,22708,Xã Suối Dầu
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22438,Xã Cam Hòa,true,56,22435,Xã Cam Hiệp
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22438,Xã Cam Hòa,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22438,Xã Cam Hòa,true,56,22708,Xã Suối Dầu
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22441,Xã Cam Hải Đông,false,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22444,Xã Cam Hải Tây,false,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22447,Xã Sơn Tân,false,56,22435,Xã Cam Hiệp
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22450,Xã Cam Hiệp Bắc,true,56,22435,Xã Cam Hiệp
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22450,Xã Cam Hiệp Bắc,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22453,Thị trấn Cam Đức,false,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22456,Xã Cam Hiệp Nam,true,56,22435,Xã Cam Hiệp
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22456,Xã Cam Hiệp Nam,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22459,Xã Cam Phước Tây,false,56,22465,Xã Cam An
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22462,Xã Cam Thành Bắc,false,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22465,Xã Cam An Bắc,true,56,22465,Xã Cam An
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22465,Xã Cam An Bắc,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22471,Xã Cam An Nam,true,56,22465,Xã Cam An
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22471,Xã Cam An Nam,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22708,Xã Suối Cát,false,56,22708,Xã Suối Dầu
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22711,Xã Suối Tân,true,56,22435,Xã Cam Hiệp
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22711,Xã Suối Tân,true,56,22453,Xã Cam Lâm
56,Tỉnh Khánh Hòa,570,Huyện Cam Lâm,22711,Xã Suối Tân,true,56,22708,Xã Suối Dầu
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22489,Thị trấn Vạn Giã,false,56,22489,Xã Vạn Ninh
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22492,Xã Đại Lãnh,false,56,22504,Xã Đại Lãnh
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22495,Xã Vạn Phước,false,56,22498,Xã Tu Bông
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22498,Xã Vạn Long,false,56,22498,Xã Tu Bông
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22501,Xã Vạn Bình,false,56,22516,Xã Vạn Thắng
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22504,Xã Vạn Thọ,false,56,22504,Xã Đại Lãnh
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22507,Xã Vạn Khánh,false,56,22498,Xã Tu Bông
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22510,Xã Vạn Phú,false,56,22489,Xã Vạn Ninh
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22513,Xã Vạn Lương,false,56,22489,Xã Vạn Ninh
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22516,Xã Vạn Thắng,false,56,22516,Xã Vạn Thắng
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22519,Xã Vạn Thạnh,false,56,22504,Xã Đại Lãnh
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22522,Xã Xuân Sơn,false,56,22525,Xã Vạn Hưng
56,Tỉnh Khánh Hòa,571,Huyện Vạn Ninh,22525,Xã Vạn Hưng,false,56,22525,Xã Vạn Hưng
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22528,Phường Ninh Hiệp,false,56,22528,Phường Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22531,Xã Ninh Sơn,false,56,22546,Xã Bắc Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22534,Xã Ninh Tây,false,56,22552,Xã Tây Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22537,Xã Ninh Thượng,false,56,22558,Xã Hòa Trí
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22540,Xã Ninh An,false,56,22546,Xã Bắc Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22543,Phường Ninh Hải,false,56,22561,Phường Đông Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22546,Xã Ninh Thọ,false,56,22546,Xã Bắc Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22549,Xã Ninh Trung,false,56,22558,Xã Hòa Trí
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22552,Xã Ninh Sim,false,56,22552,Xã Tây Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22555,Xã Ninh Xuân,false,56,22576,Xã Tân Định
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22558,Xã Ninh Thân,false,56,22558,Xã Hòa Trí
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22561,Phường Ninh Diêm,false,56,22561,Phường Đông Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22564,Xã Ninh Đông,false,56,22528,Phường Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22567,Phường Ninh Thủy,false,56,22561,Phường Đông Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22570,Phường Ninh Đa,false,56,22528,Phường Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22573,Xã Ninh Phụng,false,56,22528,Phường Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22576,Xã Ninh Bình,false,56,22576,Xã Tân Định
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22582,Xã Ninh Phú,false,56,22591,Phường Hòa Thắng
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22585,Xã Ninh Tân,false,56,22597,Xã Nam Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22588,Xã Ninh Quang,false,56,22576,Xã Tân Định
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22591,Phường Ninh Giang,false,56,22591,Phường Hòa Thắng
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22594,Phường Ninh Hà,false,56,22591,Phường Hòa Thắng
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22597,Xã Ninh Hưng,false,56,22597,Xã Nam Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22600,Xã Ninh Lộc,false,56,22597,Xã Nam Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22603,Xã Ninh Ích,false,56,22597,Xã Nam Ninh Hòa
56,Tỉnh Khánh Hòa,572,Thị xã Ninh Hòa,22606,Xã Ninh Phước,false,56,22561,Phường Đông Ninh Hòa
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22609,Thị trấn Khánh Vĩnh,false,56,22609,Xã Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22612,Xã Khánh Hiệp,false,56,22612,Xã Trung Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22615,Xã Khánh Bình,false,56,22615,Xã Bắc Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22618,Xã Khánh Trung,false,56,22612,Xã Trung Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22621,Xã Khánh Đông,false,56,22615,Xã Bắc Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22624,Xã Khánh Thượng,false,56,22624,Xã Tây Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22627,Xã Khánh Nam,false,56,22624,Xã Tây Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22630,Xã Sông Cầu,false,56,22609,Xã Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22633,Xã Giang Ly,false,56,22624,Xã Tây Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22636,Xã Cầu Bà,false,56,22648,Xã Nam Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22639,Xã Liên Sang,false,56,22648,Xã Nam Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22642,Xã Khánh Thành,false,56,22648,Xã Nam Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22645,Xã Khánh Phú,false,56,22609,Xã Khánh Vĩnh
56,Tỉnh Khánh Hòa,573,Huyện Khánh Vĩnh,22648,Xã Sơn Thái,false,56,22648,Xã Nam Khánh Vĩnh
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22651,Thị trấn Diên Khánh,false,56,22651,Xã Diên Khánh
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22654,Xã Diên Lâm,false,56,22660,Xã Diên Lâm
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22657,Xã Diên Điền,false,56,22657,Xã Diên Điền
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22660,Xã Xuân Đồng,false,56,22660,Xã Diên Lâm
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22663,Xã Diên Sơn,false,56,22657,Xã Diên Điền
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22669,Xã Diên Phú,false,56,22657,Xã Diên Điền
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22672,Xã Diên Thọ,false,56,22672,Xã Diên Thọ
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22675,Xã Diên Phước,false,56,22672,Xã Diên Thọ
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22678,Xã Diên Lạc,false,56,22678,Xã Diên Lạc
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22681,Xã Diên Tân,false,56,22672,Xã Diên Thọ
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22684,Xã Diên Hòa,false,56,22678,Xã Diên Lạc
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22687,Xã Diên Thạnh,false,56,22678,Xã Diên Lạc
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22690,Xã Diên Toàn,false,56,22651,Xã Diên Khánh
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22693,Xã Diên An,false,56,22651,Xã Diên Khánh
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22696,Xã Bình Lộc,false,56,22702,Xã Suối Hiệp
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22702,Xã Suối Hiệp,false,56,22702,Xã Suối Hiệp
56,Tỉnh Khánh Hòa,574,Huyện Diên Khánh,22705,Xã Suối Tiên,false,56,22702,Xã Suối Hiệp
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22714,Thị trấn Tô Hạp,false,56,22714,Xã Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22717,Xã Thành Sơn,false,56,22720,Xã Tây Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22720,Xã Sơn Lâm,false,56,22720,Xã Tây Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22723,Xã Sơn Hiệp,false,56,22714,Xã Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22726,Xã Sơn Bình,false,56,22714,Xã Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22729,Xã Sơn Trung,false,56,22732,Xã Đông Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22732,Xã Ba Cụm Bắc,false,56,22732,Xã Đông Khánh Sơn
56,Tỉnh Khánh Hòa,575,Huyện Khánh Sơn,22735,Xã Ba Cụm Nam,false,56,22732,Xã Đông Khánh Sơn
56,Tỉnh Khánh Hòa,576,Huyện Trường Sa,22736,Thị trấn Trường Sa,false,56,22736,Đặc khu Trường Sa
56,Tỉnh Khánh Hòa,576,Huyện Trường Sa,22737,Xã Song Tử Tây,false,56,22736,Đặc khu Trường Sa
56,Tỉnh Khánh Hòa,576,Huyện Trường Sa,22739,Xã Sinh Tồn,false,56,22736,Đặc khu Trường Sa
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22738,Phường Đô Vinh,false,56,22738,Phường Đô Vinh
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22741,Phường Phước Mỹ,false,56,22741,Phường Bảo An
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22744,Phường Bảo An,false,56,22741,Phường Bảo An
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22750,Phường Phủ Hà,false,56,22759,Phường Phan Rang
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22759,Phường Kinh Dinh,false,56,22759,Phường Phan Rang
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22762,Phường Đạo Long,false,56,22759,Phường Phan Rang
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22765,Phường Đài Sơn,false,56,22759,Phường Phan Rang
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22768,Phường Đông Hải,true,56,22780,Phường Đông Hải
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22768,Phường Đông Hải,true,56,22888,Xã Phước Dinh
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22771,Phường Mỹ Đông,false,56,22780,Phường Đông Hải
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22774,Xã Thành Hải,false,56,22741,Phường Bảo An
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22777,Phường Văn Hải,false,56,22834,Phường Ninh Chử
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22779,Phường Mỹ Bình,false,56,22780,Phường Đông Hải
58,Tỉnh Ninh Thuận,582,Thành phố Phan Rang - Tháp Chàm,22780,Phường Mỹ Hải,false,56,22780,Phường Đông Hải
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22783,Xã Phước Bình,false,56,22786,Xã Bác Ái Tây
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22786,Xã Phước Hòa,false,56,22786,Xã Bác Ái Tây
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22789,Xã Phước Tân,false,56,22786,Xã Bác Ái Tây
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22792,Xã Phước Tiến,false,56,22795,Xã Bác Ái
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22795,Xã Phước Thắng,false,56,22795,Xã Bác Ái
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22798,Xã Phước Thành,false,56,22801,Xã Bác Ái Đông
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22801,Xã Phước Đại,false,56,22801,Xã Bác Ái Đông
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22804,Xã Phước Chính,false,56,22795,Xã Bác Ái
58,Tỉnh Ninh Thuận,584,Huyện Bác Ái,22807,Xã Phước Trung,false,56,22822,Xã Mỹ Sơn
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22810,Thị trấn Tân Sơn,false,56,22810,Xã Ninh Sơn
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22813,Xã Lâm Sơn,false,56,22813,Xã Lâm Sơn
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22816,Xã Lương Sơn,false,56,22813,Xã Lâm Sơn
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22819,Xã Quảng Sơn,false,56,22810,Xã Ninh Sơn
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22822,Xã Mỹ Sơn,false,56,22822,Xã Mỹ Sơn
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22825,Xã Hòa Sơn,false,56,22828,Xã Anh Dũng
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22828,Xã Ma Nới,false,56,22828,Xã Anh Dũng
58,Tỉnh Ninh Thuận,585,Huyện Ninh Sơn,22831,Xã Nhơn Sơn,false,56,22738,Phường Đô Vinh
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22834,Thị trấn Khánh Hải,false,56,22834,Phường Ninh Chử
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22846,Xã Vĩnh Hải,false,56,22846,Xã Vĩnh Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22852,Xã Phương Hải,false,56,22852,Xã Ninh Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22855,Xã Tân Hải,false,56,22861,Xã Xuân Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22858,Xã Xuân Hải,false,56,22861,Xã Xuân Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22861,Xã Hộ Hải,false,56,22861,Xã Xuân Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22864,Xã Tri Hải,false,56,22852,Xã Ninh Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22867,Xã Nhơn Hải,false,56,22846,Xã Vĩnh Hải
58,Tỉnh Ninh Thuận,586,Huyện Ninh Hải,22868,Xã Thanh Hải,false,56,22846,Xã Vĩnh Hải
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22870,Thị trấn Phước Dân,false,56,22870,Xã Ninh Phước
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22873,Xã Phước Sơn,false,56,22873,Xã Phước Hậu
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22876,Xã Phước Thái,false,56,22891,Xã Phước Hữu
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22879,Xã Phước Hậu,false,56,22873,Xã Phước Hậu
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22882,Xã Phước Thuận,false,56,22870,Xã Ninh Phước
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22888,Xã An Hải,false,56,22888,Xã Phước Dinh
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22891,Xã Phước Hữu,false,56,22891,Xã Phước Hữu
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22894,Xã Phước Hải,false,56,22870,Xã Ninh Phước
58,Tỉnh Ninh Thuận,587,Huyện Ninh Phước,22912,Xã Phước Vinh,false,56,22873,Xã Phước Hậu
58,Tỉnh Ninh Thuận,588,Huyện Thuận Bắc,22837,Xã Phước Chiến,false,56,22840,Xã Công Hải
58,Tỉnh Ninh Thuận,588,Huyện Thuận Bắc,22840,Xã Công Hải,false,56,22840,Xã Công Hải
58,Tỉnh Ninh Thuận,588,Huyện Thuận Bắc,22843,Xã Phước Kháng,false,56,22849,Xã Thuận Bắc
58,Tỉnh Ninh Thuận,588,Huyện Thuận Bắc,22849,Xã Lợi Hải,false,56,22849,Xã Thuận Bắc
58,Tỉnh Ninh Thuận,588,Huyện Thuận Bắc,22853,Xã Bắc Sơn,false,56,22852,Xã Ninh Hải
58,Tỉnh Ninh Thuận,588,Huyện Thuận Bắc,22856,Xã Bắc Phong,false,56,22849,Xã Thuận Bắc
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22885,Xã Phước Hà,false,56,22900,Xã Phước Hà
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22897,Xã Phước Nam,false,56,22897,Xã Thuận Nam
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22898,Xã Phước Ninh,false,56,22897,Xã Thuận Nam
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22900,Xã Nhị Hà,false,56,22900,Xã Phước Hà
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22903,Xã Phước Dinh,false,56,22888,Xã Phước Dinh
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22906,Xã Phước Minh,false,56,22897,Xã Thuận Nam
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22909,Xã Phước Diêm,false,56,22909,Xã Cà Ná
58,Tỉnh Ninh Thuận,589,Huyện Thuận Nam,22910,Xã Cà Ná,false,56,22909,Xã Cà Ná
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22915,Phường Mũi Né,false,68,22918,Phường Mũi Né
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22918,Phường Hàm Tiến,false,68,22918,Phường Mũi Né
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22921,Phường Phú Hài,false,68,22924,Phường Phú Thủy
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22924,Phường Phú Thủy,false,68,22924,Phường Phú Thủy
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22927,Phường Phú Tài,false,68,22960,Phường Bình Thuận
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22930,Phường Phú Trinh,false,68,22945,Phường Phan Thiết
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22933,Phường Xuân An,false,68,22933,Phường Hàm Thắng
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22936,Phường Thanh Hải,false,68,22924,Phường Phú Thủy
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22945,Phường Lạc Đạo,false,68,22945,Phường Phan Thiết
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22951,Phường Bình Hưng,false,68,22945,Phường Phan Thiết
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22954,Phường Đức Long,false,68,22954,Phường Tiến Thành
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22957,Xã Thiện Nghiệp,false,68,22918,Phường Mũi Né
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22960,Xã Phong Nẫm,false,68,22960,Phường Bình Thuận
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22963,Xã Tiến Lợi,false,68,22963,Xã Tuyên Quang
60,Tỉnh Bình Thuận,593,Thành phố Phan Thiết,22966,Xã Tiến Thành,false,68,22954,Phường Tiến Thành
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23231,Phường Phước Hội,false,68,23231,Phường Phước Hội
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23232,Phường Phước Lộc,false,68,23231,Phường Phước Hội
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23234,Phường Tân Thiện,false,68,23235,Phường La Gi
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23235,Phường Tân An,false,68,23235,Phường La Gi
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23237,Phường Bình Tân,false,68,23235,Phường La Gi
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23245,Xã Tân Hải,false,68,23246,Xã Tân Hải
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23246,Xã Tân Tiến,false,68,23246,Xã Tân Hải
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23248,Xã Tân Bình,false,68,23235,Phường La Gi
60,Tỉnh Bình Thuận,594,Thị xã La Gi,23268,Xã Tân Phước,false,68,23231,Phường Phước Hội
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22969,Thị trấn Liên Hương,false,68,22969,Xã Liên Hương
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22972,Thị trấn Phan Rí Cửa,false,68,22972,Xã Phan Rí Cửa
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22975,Xã Phan Dũng,false,68,22978,Xã Tuy Phong
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22978,Xã Phong Phú,true,68,22972,Xã Phan Rí Cửa
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22978,Xã Phong Phú,true,68,22978,Xã Tuy Phong
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22981,Xã Vĩnh Hảo,false,68,22981,Xã Vĩnh Hảo
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22984,Xã Vĩnh Tân,false,68,22981,Xã Vĩnh Hảo
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22987,Xã Phú Lạc,false,68,22969,Xã Liên Hương
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22990,Xã Phước Thể,false,68,22969,Xã Liên Hương
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22993,Xã Hòa Minh,false,68,22972,Xã Phan Rí Cửa
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22996,Xã Chí Công,false,68,22972,Xã Phan Rí Cửa
60,Tỉnh Bình Thuận,595,Huyện Tuy Phong,22999,Xã Bình Thạnh,false,68,22969,Xã Liên Hương
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23005,Thị trấn Chợ Lầu,false,68,23005,Xã Bắc Bình
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23008,Xã Phan Sơn,false,68,23008,Xã Phan Sơn
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23011,Xã Phan Lâm,false,68,23008,Xã Phan Sơn
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23014,Xã Bình An,false,68,23020,Xã Hải Ninh
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23017,Xã Phan Điền,false,68,23020,Xã Hải Ninh
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23020,Xã Hải Ninh,false,68,23020,Xã Hải Ninh
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23023,Xã Sông Lũy,false,68,23023,Xã Sông Lũy
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23026,Xã Phan Tiến,false,68,23023,Xã Sông Lũy
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23029,Xã Sông Bình,false,68,23032,Xã Lương Sơn
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23032,Thị trấn Lương Sơn,false,68,23032,Xã Lương Sơn
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23035,Xã Phan Hòa,false,68,23005,Xã Bắc Bình
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23038,Xã Phan Thanh,false,68,23041,Xã Hồng Thái
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23041,Xã Hồng Thái,false,68,23041,Xã Hồng Thái
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23044,Xã Phan Hiệp,false,68,23005,Xã Bắc Bình
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23047,Xã Bình Tân,false,68,23023,Xã Sông Lũy
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23050,Xã Phan Rí Thành,false,68,23005,Xã Bắc Bình
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23053,Xã Hòa Thắng,true,68,23053,Xã Hòa Thắng
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23053,Xã Hòa Thắng,true,68,23041,Xã Hồng Thái
60,Tỉnh Bình Thuận,596,Huyện Bắc Bình,23056,Xã Hồng Phong,false,68,23053,Xã Hòa Thắng
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23059,Thị trấn Ma Lâm,false,68,23059,Xã Hàm Thuận
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23062,Thị trấn Phú Long,false,68,22933,Phường Hàm Thắng
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23065,Xã La Dạ,false,68,23065,Xã La Dạ
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23068,Xã Đông Tiến,false,68,23074,Xã Đông Giang
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23071,Xã Thuận Hòa,false,68,23089,Xã Hàm Thuận Bắc
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23074,Xã Đông Giang,false,68,23074,Xã Đông Giang
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23077,Xã Hàm Phú,false,68,23089,Xã Hàm Thuận Bắc
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23080,Xã Hồng Liêm,false,68,23086,Xã Hồng Sơn
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23083,Xã Thuận Minh,false,68,23059,Xã Hàm Thuận
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23086,Xã Hồng Sơn,false,68,23086,Xã Hồng Sơn
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23089,Xã Hàm Trí,false,68,23089,Xã Hàm Thuận Bắc
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23092,Xã Hàm Đức,false,68,23059,Xã Hàm Thuận
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23095,Xã Hàm Liêm,false,68,23095,Xã Hàm Liêm
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23098,Xã Hàm Chính,false,68,23095,Xã Hàm Liêm
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23101,Xã Hàm Hiệp,false,68,22960,Phường Bình Thuận
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23104,Xã Hàm Thắng,false,68,22933,Phường Hàm Thắng
60,Tỉnh Bình Thuận,597,Huyện Hàm Thuận Bắc,23107,Xã Đa Mi,false,68,23065,Xã La Dạ
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23110,Thị trấn Thuận Nam,false,68,23110,Xã Hàm Thuận Nam
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23113,Xã Mỹ Thạnh,false,68,23122,Xã Hàm Thạnh
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23116,Xã Hàm Cần,false,68,23122,Xã Hàm Thạnh
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23119,Xã Mương Mán,false,68,23128,Xã Hàm Kiệm
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23122,Xã Hàm Thạnh,false,68,23122,Xã Hàm Thạnh
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23125,Xã Hàm Kiệm,false,68,23128,Xã Hàm Kiệm
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23128,Xã Hàm Cường,false,68,23128,Xã Hàm Kiệm
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23131,Xã Hàm Mỹ,false,68,22963,Xã Tuyên Quang
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23134,Xã Tân Lập,false,68,23134,Xã Tân Lập
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23137,Xã Hàm Minh,false,68,23110,Xã Hàm Thuận Nam
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23140,Xã Thuận Quý,false,68,23143,Xã Tân Thành
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23143,Xã Tân Thuận,false,68,23143,Xã Tân Thành
60,Tỉnh Bình Thuận,598,Huyện Hàm Thuận Nam,23146,Xã Tân Thành,false,68,23143,Xã Tân Thành
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23149,Thị trấn Lạc Tánh,false,68,23149,Xã Tánh Linh
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23152,Xã Bắc Ruộng,false,68,23152,Xã Bắc Ruộng
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23158,Xã Nghị Đức,false,68,23158,Xã Nghị Đức
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23161,Xã La Ngâu,false,68,23173,Xã Đồng Kho
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23164,Xã Huy Khiêm,false,68,23173,Xã Đồng Kho
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23167,Xã Măng Tố,false,68,23152,Xã Bắc Ruộng
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23170,Xã Đức Phú,false,68,23158,Xã Nghị Đức
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23173,Xã Đồng Kho,false,68,23173,Xã Đồng Kho
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23176,Xã Gia An,false,68,23149,Xã Tánh Linh
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23179,Xã Đức Bình,false,68,23173,Xã Đồng Kho
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23182,Xã Gia Huynh,false,68,23188,Xã Suối Kiết
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23185,Xã Đức Thuận,false,68,23149,Xã Tánh Linh
60,Tỉnh Bình Thuận,599,Huyện Tánh Linh,23188,Xã Suối Kiết,false,68,23188,Xã Suối Kiết
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23191,Thị trấn Võ Xu,false,68,23191,Xã Đức Linh
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23194,Thị trấn Đức Tài,false,68,23194,Xã Hoài Đức
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23197,Xã Đa Kai,false,68,23200,Xã Nam Thành
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23200,Xã Sùng Nhơn,false,68,23200,Xã Nam Thành
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23203,Xã Mê Pu,false,68,23200,Xã Nam Thành
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23206,Xã Nam Chính,false,68,23191,Xã Đức Linh
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23212,Xã Đức Hạnh,false,68,23194,Xã Hoài Đức
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23215,Xã Đức Tín,false,68,23194,Xã Hoài Đức
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23218,Xã Vũ Hòa,false,68,23191,Xã Đức Linh
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23221,Xã Tân Hà,false,68,23227,Xã Trà Tân
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23224,Xã Đông Hà,false,68,23227,Xã Trà Tân
60,Tỉnh Bình Thuận,600,Huyện Đức Linh,23227,Xã Trà Tân,false,68,23227,Xã Trà Tân
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23230,Thị trấn Tân Minh,false,68,23230,Xã Tân Minh
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23236,Thị trấn Tân Nghĩa,false,68,23236,Xã Hàm Tân
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23239,Xã Sông Phan,false,68,23134,Xã Tân Lập
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23242,Xã Tân Phúc,false,68,23230,Xã Tân Minh
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23251,Xã Tân Đức,false,68,23230,Xã Tân Minh
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23254,Xã Tân Thắng,false,68,23266,Xã Sơn Mỹ
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23255,Xã Thắng Hải,false,68,23266,Xã Sơn Mỹ
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23257,Xã Tân Hà,false,68,23236,Xã Hàm Tân
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23260,Xã Tân Xuân,false,68,23236,Xã Hàm Tân
60,Tỉnh Bình Thuận,601,Huyện Hàm Tân,23266,Xã Sơn Mỹ,false,68,23266,Xã Sơn Mỹ
60,Tỉnh Bình Thuận,602,Huyện Phú Quí,23272,Xã Ngũ Phụng,false,68,23272,Đặc khu Phú Quý
60,Tỉnh Bình Thuận,602,Huyện Phú Quí,23275,Xã Long Hải,false,68,23272,Đặc khu Phú Quý
60,Tỉnh Bình Thuận,602,Huyện Phú Quí,23278,Xã Tam Thanh,false,68,23272,Đặc khu Phú Quý
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23281,Phường Quang Trung,false,51,23293,Phường Kon Tum
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23284,Phường Duy Tân,false,51,23284,Phường Đăk Cấm
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23287,Phường Quyết Thắng,false,51,23293,Phường Kon Tum
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23290,Phường Trường Chinh,false,51,23293,Phường Kon Tum
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23293,Phường Thắng Lợi,false,51,23293,Phường Kon Tum
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23296,Phường Ngô Mây,false,51,23284,Phường Đăk Cấm
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23299,Phường Thống Nhất,false,51,23293,Phường Kon Tum
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23302,Phường Lê Lợi,false,51,23302,Phường Đăk Bla
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23305,Phường Nguyễn Trãi,false,51,23302,Phường Đăk Bla
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23308,Phường Trần Hưng Đạo,false,51,23302,Phường Đăk Bla
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23311,Xã Đăk Cấm,false,51,23284,Phường Đăk Cấm
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23314,Xã Kroong,false,51,23317,Xã Ngọk Bay
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23317,Xã Ngọk Bay,false,51,23317,Xã Ngọk Bay
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23320,Xã Vinh Quang,false,51,23317,Xã Ngọk Bay
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23323,Xã Đăk Blà,false,51,23332,Xã Đăk Rơ Wa
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23326,Xã Ia Chim,false,51,23326,Xã Ia Chim
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23327,Xã Đăk Năng,false,51,23326,Xã Ia Chim
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23329,Xã Đoàn Kết,false,51,23326,Xã Ia Chim
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23332,Xã Chư Hreng,false,51,23332,Xã Đăk Rơ Wa
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23335,Xã Đăk Rơ Wa,false,51,23332,Xã Đăk Rơ Wa
62,Tỉnh Kon Tum,608,Thành phố Kon Tum,23338,Xã Hòa Bình,false,51,23332,Xã Đăk Rơ Wa
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23341,Thị trấn Đăk Glei,false,51,23341,Xã Đăk Pék
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23344,Xã Đăk Blô,false,51,23344,Xã Đăk Plô
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23347,Xã Đăk Man,false,51,23344,Xã Đăk Plô
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23350,Xã Đăk Nhoong,false,51,23344,Xã Đăk Plô
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23353,Xã Đăk Pék,false,51,23341,Xã Đăk Pék
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23356,Xã Đăk Choong,false,51,23356,Xã Xốp
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23359,Xã Xốp,false,51,23356,Xã Xốp
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23362,Xã Mường Hoong,false,51,23365,Xã Ngọc Linh
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23365,Xã Ngọc Linh,false,51,23365,Xã Ngọc Linh
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23368,Xã Đăk Long,false,51,23368,Xã Đăk Long
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23371,Xã Đăk Kroong,false,51,23374,Xã Đăk Môn
62,Tỉnh Kon Tum,610,Huyện Đắk Glei,23374,Xã Đăk Môn,false,51,23374,Xã Đăk Môn
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23377,Thị trấn Plei Kần,false,51,23377,Xã Bờ Y
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23380,Xã Đăk Ang,false,51,23383,Xã Dục Nông
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23383,Xã Đăk Dục,false,51,23383,Xã Dục Nông
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23386,Xã Đăk Nông,false,51,23383,Xã Dục Nông
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23389,Xã Đăk Xú,false,51,23377,Xã Bờ Y
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23392,Xã Đăk Kan,false,51,23392,Xã Sa Loong
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23395,Xã Pờ Y,false,51,23377,Xã Bờ Y
62,Tỉnh Kon Tum,611,Huyện Ngọc Hồi,23398,Xã Sa Loong,false,51,23392,Xã Sa Loong
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23401,Thị trấn Đăk Tô,false,51,23401,Xã Đăk Tô
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23427,Xã Đăk Rơ Nga,false,51,23428,Xã Ngọk Tụ
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23428,Xã Ngọk Tụ,false,51,23428,Xã Ngọk Tụ
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23430,Xã Đăk Trăm,false,51,23430,Xã Kon Đào
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23431,Xã Văn Lem,false,51,23430,Xã Kon Đào
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23434,Xã Kon Đào,false,51,23430,Xã Kon Đào
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23437,Xã Tân Cảnh,false,51,23401,Xã Đăk Tô
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23440,Xã Diên Bình,false,51,23401,Xã Đăk Tô
62,Tỉnh Kon Tum,612,Huyện Đắk Tô,23443,Xã Pô Kô,false,51,23401,Xã Đăk Tô
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23452,Xã Đăk Nên,false,51,23455,Xã Măng Bút
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23455,Xã Đăk Ring,false,51,23455,Xã Măng Bút
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23458,Xã Măng Bút,false,51,23455,Xã Măng Bút
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23461,Xã Đăk Tăng,false,51,23473,Xã Măng Đen
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23464,Xã Ngọc Tem,false,51,23476,Xã Kon Plông
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23467,Xã Pờ Ê,false,51,23476,Xã Kon Plông
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23470,Xã Măng Cành,false,51,23473,Xã Măng Đen
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23473,Thị trấn Măng Đen,false,51,23473,Xã Măng Đen
62,Tỉnh Kon Tum,613,Huyện Kon Plông,23476,Xã Hiếu,false,51,23476,Xã Kon Plông
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23479,Thị trấn Đăk Rve,false,51,23479,Xã Đăk Rve
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23482,Xã Đăk Kôi,false,51,23485,Xã Đăk Kôi
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23485,Xã Đăk Tơ Lung,false,51,23485,Xã Đăk Kôi
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23488,Xã Đăk Ruồng,false,51,23497,Xã Kon Braih
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23491,Xã Đăk Pne,false,51,23479,Xã Đăk Rve
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23494,Xã Đăk Tờ Re,false,51,23497,Xã Kon Braih
62,Tỉnh Kon Tum,614,Huyện Kon Rẫy,23497,Xã Tân Lập,false,51,23497,Xã Kon Braih
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23500,Thị trấn Đăk Hà,false,51,23500,Xã Đăk Hà
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23503,Xã Đăk Pxi,false,51,23504,Xã Đăk Pxi
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23504,Xã Đăk Long,false,51,23504,Xã Đăk Pxi
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23506,Xã Đăk Hring,false,51,23512,Xã Đăk Mar
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23509,Xã Đăk Ui,false,51,23510,Xã Đăk Ui
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23510,Xã Đăk Ngọk,false,51,23510,Xã Đăk Ui
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23512,Xã Đăk Mar,false,51,23512,Xã Đăk Mar
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23515,Xã Ngọk Wang,false,51,23515,Xã Ngọk Réo
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23518,Xã Ngọk Réo,false,51,23515,Xã Ngọk Réo
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23521,Xã Hà Mòn,false,51,23500,Xã Đăk Hà
62,Tỉnh Kon Tum,615,Huyện Đăk Hà,23524,Xã Đăk La,false,51,23500,Xã Đăk Hà
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23527,Thị trấn Sa Thầy,false,51,23527,Xã Sa Thầy
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23530,Xã Rờ Kơi,false,51,23530,Xã Rờ Kơi
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23533,Xã Sa Nhơn,false,51,23527,Xã Sa Thầy
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23534,Xã Hơ Moong,false,51,23534,Xã Sa Bình
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23536,Xã Mô Rai,false,51,23536,Xã Mô Rai
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23539,Xã Sa Sơn,false,51,23527,Xã Sa Thầy
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23542,Xã Sa Nghĩa,false,51,23534,Xã Sa Bình
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23545,Xã Sa Bình,false,51,23534,Xã Sa Bình
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23548,Xã Ya Xiêr,false,51,23548,Xã Ya Ly
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23551,Xã Ya Tăng,false,51,23548,Xã Ya Ly
62,Tỉnh Kon Tum,616,Huyện Sa Thầy,23554,Xã Ya ly,false,51,23548,Xã Ya Ly
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23404,Xã Ngọk Lây,false,51,23446,Xã Măng Ri
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23407,Xã Đăk Na,false,51,23416,Xã Đăk Sao
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23410,Xã Măng Ri,false,51,23446,Xã Măng Ri
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23413,Xã Ngọk Yêu,false,51,23446,Xã Măng Ri
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23416,Xã Đăk Sao,false,51,23416,Xã Đăk Sao
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23417,Xã Đăk Rơ Ông,false,51,23419,Xã Đăk Tờ Kan
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23419,Xã Đăk Tờ Kan,false,51,23419,Xã Đăk Tờ Kan
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23422,Xã Tu Mơ Rông,false,51,23425,Xã Tu Mơ Rông
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23425,Xã Đăk Hà,false,51,23425,Xã Tu Mơ Rông
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23446,Xã Tê Xăng,false,51,23446,Xã Măng Ri
62,Tỉnh Kon Tum,617,Huyện Tu Mơ Rông,23449,Xã Văn Xuôi,false,51,23446,Xã Măng Ri
62,Tỉnh Kon Tum,618,Huyện Ia H'Drai,23535,Xã Ia Đal,false,51,23535,Xã Ia Đal
62,Tỉnh Kon Tum,618,Huyện Ia H'Drai,23537,Xã Ia Dom,false,51,23538,Xã Ia Tơi
62,Tỉnh Kon Tum,618,Huyện Ia H'Drai,23538,Xã Ia Tơi,false,51,23538,Xã Ia Tơi
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23557,Phường Yên Đỗ,false,52,23563,Phường Diên Hồng
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23560,Phường Diên Hồng,false,52,23563,Phường Diên Hồng
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23563,Phường Ia Kring,false,52,23563,Phường Diên Hồng
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23566,Phường Hội Thương,false,52,23575,Phường Pleiku
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23569,Phường Hội Phú,false,52,23586,Phường Hội Phú
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23570,Phường Phù Đổng,false,52,23575,Phường Pleiku
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23572,Phường Hoa Lư,false,52,23575,Phường Pleiku
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23575,Phường Tây Sơn,false,52,23575,Phường Pleiku
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23578,Phường Thống Nhất,false,52,23584,Phường Thống Nhất
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23579,Phường Đống Đa,false,52,23584,Phường Thống Nhất
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23581,Phường Trà Bá,false,52,23586,Phường Hội Phú
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23582,Phường Thắng Lợi,false,52,23602,Phường An Phú
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23584,Phường Yên Thế,false,52,23584,Phường Thống Nhất
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23586,Phường Chi Lăng,false,52,23586,Phường Hội Phú
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23590,Xã Biển Hồ,false,52,23590,Xã Biển Hồ
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23596,Xã Trà Đa,false,52,23575,Phường Pleiku
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23599,Xã Chư Á,false,52,23602,Phường An Phú
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23602,Xã An Phú,false,52,23602,Phường An Phú
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23605,Xã Diên Phú,false,52,23563,Phường Diên Hồng
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23608,Xã Ia Kênh,false,52,23611,Xã Gào
64,Tỉnh Gia Lai,622,Thành phố Pleiku,23611,Xã Gào,false,52,23611,Xã Gào
64,Tỉnh Gia Lai,623,Thị xã An Khê,23614,Phường An Bình,false,52,23614,Phường An Bình
64,Tỉnh Gia Lai,623,Thị xã An Khê,23617,Phường Tây Sơn,false,52,23617,Phường An Khê
64,Tỉnh Gia Lai,623,Thị xã An Khê,23620,Phường An Phú,false,52,23617,Phường An Khê
64,Tỉnh Gia Lai,623,Thị xã An Khê,23623,Phường An Tân,false,52,23617,Phường An Khê
64,Tỉnh Gia Lai,623,Thị xã An Khê,23626,Xã Tú An,false,52,23629,Xã Cửu An
64,Tỉnh Gia Lai,623,Thị xã An Khê,23627,Xã Xuân An,false,52,23629,Xã Cửu An
64,Tỉnh Gia Lai,623,Thị xã An Khê,23629,Xã Cửu An,false,52,23629,Xã Cửu An
64,Tỉnh Gia Lai,623,Thị xã An Khê,23630,Phường An Phước,false,52,23617,Phường An Khê
64,Tỉnh Gia Lai,623,Thị xã An Khê,23632,Xã Song An,false,52,23629,Xã Cửu An
64,Tỉnh Gia Lai,623,Thị xã An Khê,23633,Phường Ngô Mây,false,52,23617,Phường An Khê
64,Tỉnh Gia Lai,623,Thị xã An Khê,23635,Xã Thành An,false,52,23617,Phường An Khê
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24041,Phường Cheo Reo,false,52,24044,Phường Ayun Pa
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24042,Phường Hòa Bình,false,52,24044,Phường Ayun Pa
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24044,Phường Đoàn Kết,false,52,24044,Phường Ayun Pa
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24045,Phường Sông Bờ,false,52,24044,Phường Ayun Pa
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24064,Xã Ia RBol,false,52,24065,Xã Ia Rbol
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24065,Xã Chư Băh,false,52,24065,Xã Ia Rbol
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24070,Xã Ia RTô,false,52,24073,Xã Ia Sao
64,Tỉnh Gia Lai,624,Thị xã Ayun Pa,24073,Xã Ia Sao,false,52,24073,Xã Ia Sao
64,Tỉnh Gia Lai,625,Huyện KBang,23638,Thị trấn KBang,false,52,23638,Xã Kbang
64,Tỉnh Gia Lai,625,Huyện KBang,23641,Xã Kon Pne,false,52,23644,Xã Đak Rong
64,Tỉnh Gia Lai,625,Huyện KBang,23644,Xã Đăk Rong,false,52,23644,Xã Đak Rong
64,Tỉnh Gia Lai,625,Huyện KBang,23647,Xã Sơn Lang,false,52,23647,Xã Sơn Lang
64,Tỉnh Gia Lai,625,Huyện KBang,23650,Xã KRong,false,52,23650,Xã Krong
64,Tỉnh Gia Lai,625,Huyện KBang,23653,Xã Sơ Pai,false,52,23647,Xã Sơn Lang
64,Tỉnh Gia Lai,625,Huyện KBang,23656,Xã Lơ Ku,false,52,23638,Xã Kbang
64,Tỉnh Gia Lai,625,Huyện KBang,23659,Xã Đông,false,52,23674,Xã Kông Bơ La
64,Tỉnh Gia Lai,625,Huyện KBang,23660,Xã Đak SMar,false,52,23638,Xã Kbang
64,Tỉnh Gia Lai,625,Huyện KBang,23662,Xã Nghĩa An,false,52,23674,Xã Kông Bơ La
64,Tỉnh Gia Lai,625,Huyện KBang,23665,Xã Tơ Tung,false,52,23668,Xã Tơ Tung
64,Tỉnh Gia Lai,625,Huyện KBang,23668,Xã Kông Lơng Khơng,false,52,23668,Xã Tơ Tung
64,Tỉnh Gia Lai,625,Huyện KBang,23674,Xã Kông Bơ La,false,52,23674,Xã Kông Bơ La
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23677,Thị trấn Đak Đoa,false,52,23677,Xã Đak Đoa
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23680,Xã Hà Đông,false,52,23683,Xã Đak Sơmei
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23683,Xã Đak Sơmei,false,52,23683,Xã Đak Sơmei
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23684,Xã Đak Krong,false,52,23701,Xã Kon Gang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23686,Xã Hải Yang,false,52,23794,Xã Mang Yang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23689,Xã Kon Gang,false,52,23701,Xã Kon Gang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23692,Xã Hà Bầu,false,52,23590,Xã Biển Hồ
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23695,Xã Nam Yang,false,52,23701,Xã Kon Gang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23698,Xã KDang,false,52,23714,Xã KDang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23701,Xã Hneng,false,52,23701,Xã Kon Gang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23704,Xã Tân Bình,false,52,23677,Xã Đak Đoa
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23707,Xã Glar,false,52,23677,Xã Đak Đoa
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23710,Xã A Dơk,false,52,23710,Xã Ia Băng
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23713,Xã Trang,false,52,23714,Xã KDang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23714,Xã HNol,false,52,23714,Xã KDang
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23716,Xã Ia Pết,false,52,23710,Xã Ia Băng
64,Tỉnh Gia Lai,626,Huyện Đak Đoa,23719,Xã Ia Băng,false,52,23710,Xã Ia Băng
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23722,Thị trấn Phú Hòa,false,52,23722,Xã Chư Păh
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23725,Xã Hà Tây,false,52,23728,Xã Ia Khươl
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23728,Xã Ia Khươl,false,52,23728,Xã Ia Khươl
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23731,Xã Ia Phí,false,52,23749,Xã Ia Phí
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23734,Thị trấn Ia Ly,false,52,23734,Xã Ia Ly
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23737,Xã Ia Mơ Nông,false,52,23734,Xã Ia Ly
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23738,Xã Ia Kreng,false,52,23734,Xã Ia Ly
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23740,Xã Đăk Tơ Ver,false,52,23728,Xã Ia Khươl
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23743,Xã Hòa Phú,false,52,23722,Xã Chư Păh
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23746,Xã Chư Đang Ya,false,52,23590,Xã Biển Hồ
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23749,Xã Ia Ka,false,52,23749,Xã Ia Phí
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23752,Xã Ia Nhin,false,52,23749,Xã Ia Phí
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23755,Xã Nghĩa Hòa,false,52,23722,Xã Chư Păh
64,Tỉnh Gia Lai,627,Huyện Chư Păh,23761,Xã Nghĩa Hưng,false,52,23590,Xã Biển Hồ
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23764,Thị trấn Ia Kha,false,52,23764,Xã Ia Grai
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23767,Xã Ia Sao,false,52,23767,Xã Ia Hrung
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23768,Xã Ia Yok,false,52,23767,Xã Ia Hrung
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23770,Xã Ia Hrung,false,52,23767,Xã Ia Hrung
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23771,Xã Ia Bă,false,52,23764,Xã Ia Grai
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23773,Xã Ia Khai,false,52,23776,Xã Ia Krái
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23776,Xã Ia Krăi,false,52,23776,Xã Ia Krái
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23778,Xã Ia Grăng,false,52,23764,Xã Ia Grai
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23779,Xã Ia Tô,false,52,23776,Xã Ia Krái
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23782,Xã Ia O,false,52,23782,Xã Ia O
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23785,Xã Ia Dêr,false,52,23767,Xã Ia Hrung
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23788,Xã Ia Chia,false,52,23788,Xã Ia Chia
64,Tỉnh Gia Lai,628,Huyện Ia Grai,23791,Xã Ia Pếch,false,52,23611,Xã Gào
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23794,Thị trấn Kon Dơng,false,52,23794,Xã Mang Yang
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23797,Xã Ayun,false,52,23798,Xã Ayun
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23798,Xã Đak Jơ Ta,false,52,23798,Xã Ayun
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23799,Xã Đak Ta Ley,false,52,23799,Xã Hra
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23800,Xã Hra,false,52,23799,Xã Hra
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23803,Xã Đăk Yă,false,52,23794,Xã Mang Yang
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23806,Xã Đak Djrăng,false,52,23794,Xã Mang Yang
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23809,Xã Lơ Pang,false,52,23812,Xã Lơ Pang
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23812,Xã Kon Thụp,false,52,23812,Xã Lơ Pang
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23815,Xã Đê Ar,false,52,23812,Xã Lơ Pang
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23818,Xã Kon Chiêng,false,52,23818,Xã Kon Chiêng
64,Tỉnh Gia Lai,629,Huyện Mang Yang,23821,Xã Đăk Trôi,false,52,23818,Xã Kon Chiêng
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23824,Thị trấn Kông Chro,false,52,23824,Xã Kông Chro
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23827,Xã Chư Krey,false,52,23830,Xã Chư Krey
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23830,Xã An Trung,false,52,23830,Xã Chư Krey
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23833,Xã Kông Yang,false,52,23833,Xã Ya Ma
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23836,Xã Đăk Tơ Pang,false,52,23833,Xã Ya Ma
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23839,Xã SRó,false,52,23839,Xã SRó
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23840,Xã Đăk Kơ Ning,false,52,23839,Xã SRó
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23842,Xã Đăk Song,false,52,23842,Xã Đăk Song
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23843,Xã Đăk Pling,false,52,23842,Xã Đăk Song
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23845,Xã Yang Trung,false,52,23824,Xã Kông Chro
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23846,Xã Đăk Pơ Pho,false,52,23851,Xã Chơ Long
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23848,Xã Ya Ma,false,52,23833,Xã Ya Ma
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23851,Xã Chơ Long,false,52,23851,Xã Chơ Long
64,Tỉnh Gia Lai,630,Huyện Kông Chro,23854,Xã Yang Nam,false,52,23824,Xã Kông Chro
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23857,Thị trấn Chư Ty,false,52,23857,Xã Đức Cơ
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23860,Xã Ia Dơk,false,52,23869,Xã Ia Dơk
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23863,Xã Ia Krêl,false,52,23866,Xã Ia Krêl
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23866,Xã Ia Din,false,52,23866,Xã Ia Krêl
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23869,Xã Ia Kla,false,52,23869,Xã Ia Dơk
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23872,Xã Ia Dom,false,52,23872,Xã Ia Dom
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23875,Xã Ia Lang,false,52,23866,Xã Ia Krêl
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23878,Xã Ia Kriêng,false,52,23857,Xã Đức Cơ
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23881,Xã Ia Pnôn,false,52,23881,Xã Ia Pnôn
64,Tỉnh Gia Lai,631,Huyện Đức Cơ,23884,Xã Ia Nan,false,52,23884,Xã Ia Nan
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23887,Thị trấn Chư Prông,false,52,23887,Xã Chư Prông
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23888,Xã Ia Kly,false,52,23887,Xã Chư Prông
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23890,Xã Bình Giáo,false,52,23896,Xã Bàu Cạn
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23893,Xã Ia Drăng,false,52,23887,Xã Chư Prông
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23896,Xã Thăng Hưng,false,52,23896,Xã Bàu Cạn
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23899,Xã Bàu Cạn,false,52,23896,Xã Bàu Cạn
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23902,Xã Ia Phìn,false,52,23887,Xã Chư Prông
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23905,Xã Ia Băng,false,52,23908,Xã Ia Tôr
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23908,Xã Ia Tôr,false,52,23908,Xã Ia Tôr
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23911,Xã Ia Boòng,false,52,23911,Xã Ia Boòng
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23914,Xã Ia O,false,52,23911,Xã Ia Boòng
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23917,Xã Ia Púch,false,52,23917,Xã Ia Púch
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23920,Xã Ia Me,false,52,23911,Xã Ia Boòng
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23923,Xã Ia Vê,false,52,23926,Xã Ia Pia
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23924,Xã Ia Bang,false,52,23908,Xã Ia Tôr
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23926,Xã Ia Pia,false,52,23926,Xã Ia Pia
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23929,Xã Ia Ga,false,52,23926,Xã Ia Pia
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23932,Xã Ia Lâu,false,52,23935,Xã Ia Lâu
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23935,Xã Ia Piơr,false,52,23935,Xã Ia Lâu
64,Tỉnh Gia Lai,632,Huyện Chư Prông,23938,Xã Ia Mơ,false,52,23938,Xã Ia Mơ
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23941,Thị trấn Chư Sê,false,52,23941,Xã Chư Sê
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23944,Xã Ia Tiêm,false,52,23947,Xã Bờ Ngoong
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23945,Xã Chư Pơng,false,52,23947,Xã Bờ Ngoong
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23946,Xã Bar Măih,false,52,23947,Xã Bờ Ngoong
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23947,Xã Bờ Ngoong,false,52,23947,Xã Bờ Ngoong
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23950,Xã Ia Glai,false,52,23941,Xã Chư Sê
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23953,Xã AL Bá,false,52,23954,Xã Al Bá
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23954,Xã Kông HTok,false,52,23954,Xã Al Bá
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23956,Xã AYun,false,52,23954,Xã Al Bá
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23959,Xã Ia HLốp,false,52,23977,Xã Ia Ko
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23962,Xã Ia Blang,false,52,23941,Xã Chư Sê
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23965,Xã Dun,false,52,23941,Xã Chư Sê
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23966,Xã Ia Pal,false,52,23941,Xã Chư Sê
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23968,Xã HBông,false,52,23971,Xã Ia Hrú
64,Tỉnh Gia Lai,633,Huyện Chư Sê,23977,Xã Ia Ko,false,52,23977,Xã Ia Ko
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,23989,Xã Hà Tam,false,52,23995,Xã Đak Pơ
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,23992,Xã An Thành,false,52,23995,Xã Đak Pơ
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,23995,Thị trấn Đak Pơ,false,52,23995,Xã Đak Pơ
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,23998,Xã Yang Bắc,false,52,23995,Xã Đak Pơ
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,24001,Xã Cư An,false,52,23614,Phường An Bình
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,24004,Xã Tân An,false,52,23614,Phường An Bình
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,24007,Xã Phú An,false,52,24007,Xã Ya Hội
64,Tỉnh Gia Lai,634,Huyện Đăk Pơ,24010,Xã Ya Hội,false,52,24007,Xã Ya Hội
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24013,Xã Pờ Tó,false,52,24013,Xã Pờ Tó
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24016,Xã Chư Răng,false,52,24013,Xã Pờ Tó
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24019,Xã Ia KDăm,false,52,24028,Xã Ia Tul
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24022,Xã Kim Tân,false,52,24022,Xã Ia Pa
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24025,Xã Chư Mố,false,52,24028,Xã Ia Tul
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24028,Xã Ia Tul,false,52,24028,Xã Ia Tul
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24031,Xã Ia Mrơn,false,52,24022,Xã Ia Pa
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24034,Xã Ia Broăi,false,52,24028,Xã Ia Tul
64,Tỉnh Gia Lai,635,Huyện Ia Pa,24037,Xã Ia Trok,false,52,24022,Xã Ia Pa
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24076,Thị trấn Phú Túc,false,52,24076,Xã Phú Túc
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24079,Xã Ia RSai,false,52,24112,Xã Ia Rsai
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24082,Xã Ia RSươm,false,52,24109,Xã Uar
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24085,Xã Chư Gu,false,52,24112,Xã Ia Rsai
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24088,Xã Đất Bằng,false,52,24076,Xã Phú Túc
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24091,Xã Ia Mlăh,false,52,24076,Xã Phú Túc
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24094,Xã Chư Drăng,false,52,24109,Xã Uar
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24097,Xã Phú Cần,false,52,24076,Xã Phú Túc
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24100,Xã Ia HDreh,false,52,24100,Xã Ia Dreh
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24103,Xã Ia RMok,false,52,24100,Xã Ia Dreh
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24106,Xã Chư Ngọc,false,52,24076,Xã Phú Túc
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24109,Xã Uar,false,52,24109,Xã Uar
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24112,Xã Chư Rcăm,false,52,24112,Xã Ia Rsai
64,Tỉnh Gia Lai,637,Huyện Krông Pa,24115,Xã Krông Năng,false,52,24100,Xã Ia Dreh
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24043,Thị trấn Phú Thiện,false,52,24043,Xã Phú Thiện
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24046,Xã Chư A Thai,false,52,24049,Xã Chư A Thai
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24048,Xã Ayun Hạ,false,52,24049,Xã Chư A Thai
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24049,Xã Ia Ake,false,52,24049,Xã Chư A Thai
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24052,Xã Ia Sol,false,52,24043,Xã Phú Thiện
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24055,Xã Ia Piar,false,52,24043,Xã Phú Thiện
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24058,Xã Ia Peng,false,52,24061,Xã Ia Hiao
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24060,Xã Chrôh Pơnan,false,52,24061,Xã Ia Hiao
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24061,Xã Ia Hiao,false,52,24061,Xã Ia Hiao
64,Tỉnh Gia Lai,638,Huyện Phú Thiện,24067,Xã Ia Yeng,false,52,24043,Xã Phú Thiện
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23942,Thị trấn Nhơn Hòa,false,52,23942,Xã Chư Pưh
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23971,Xã Ia Hrú,false,52,23971,Xã Ia Hrú
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23972,Xã Ia Rong,false,52,23971,Xã Ia Hrú
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23974,Xã Ia Dreng,false,52,23971,Xã Ia Hrú
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23978,Xã Ia Hla,false,52,23977,Xã Ia Ko
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23980,Xã Chư Don,false,52,23942,Xã Chư Pưh
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23983,Xã Ia Phang,false,52,23942,Xã Chư Pưh
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23986,Xã Ia Le,false,52,23986,Xã Ia Le
64,Tỉnh Gia Lai,639,Huyện Chư Pưh,23987,Xã Ia BLứ,false,52,23986,Xã Ia Le
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24118,Phường Tân Lập,false,66,24121,Phường Tân Lập
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24121,Phường Tân Hòa,false,66,24121,Phường Tân Lập
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24124,Phường Tân An,false,66,24163,Phường Tân An
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24130,Phường Thành Nhất,false,66,24154,Phường Thành Nhất
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24133,Phường Thành Công,false,66,24133,Phường Buôn Ma Thuột
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24136,Phường Tân Lợi,false,66,24133,Phường Buôn Ma Thuột
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24142,Phường Tân Thành,false,66,24133,Phường Buôn Ma Thuột
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24145,Phường Tân Tiến,false,66,24133,Phường Buôn Ma Thuột
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24148,Phường Tự An,false,66,24133,Phường Buôn Ma Thuột
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24151,Phường Ea Tam,false,66,24169,Phường Ea Kao
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24154,Phường Khánh Xuân,false,66,24154,Phường Thành Nhất
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24157,Xã Hòa Thuận,false,66,24163,Phường Tân An
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24160,Xã Cư ÊBur,false,66,24133,Phường Buôn Ma Thuột
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24163,Xã Ea Tu,false,66,24163,Phường Tân An
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24166,Xã Hòa Thắng,false,66,24121,Phường Tân Lập
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24169,Xã Ea Kao,false,66,24169,Phường Ea Kao
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24172,Xã Hòa Phú,false,66,24175,Xã Hòa Phú
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24175,Xã Hòa Khánh,false,66,24175,Xã Hòa Phú
66,Tỉnh Đắk Lắk,643,Thành phố Buôn Ma Thuột,24178,Xã Hòa Xuân,false,66,24175,Xã Hòa Phú
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24305,Phường An Lạc,false,66,24305,Phường Buôn Hồ
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24308,Phường An Bình,false,66,24305,Phường Buôn Hồ
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24311,Phường Thiện An,false,66,24305,Phường Buôn Hồ
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24318,Phường Đạt Hiếu,false,66,24305,Phường Buôn Hồ
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24322,Phường Đoàn Kết,false,66,24305,Phường Buôn Hồ
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24328,Xã Ea Drông,false,66,24328,Xã Ea Drông
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24331,Phường Thống Nhất,false,66,24305,Phường Buôn Hồ
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24332,Phường Bình Tân,false,66,24340,Phường Cư Bao
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24334,Xã Ea Siên,false,66,24328,Xã Ea Drông
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24337,Xã Bình Thuận,false,66,24340,Phường Cư Bao
66,Tỉnh Đắk Lắk,644,Thị Xã Buôn Hồ,24340,Xã Cư Bao,false,66,24340,Phường Cư Bao
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24181,Thị trấn Ea Drăng,false,66,24181,Xã Ea Drăng
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24184,Xã Ea H'leo,false,66,24184,Xã Ea H'Leo
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24187,Xã Ea Sol,false,66,24187,Xã Ea Hiao
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24190,Xã Ea Ral,false,66,24181,Xã Ea Drăng
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24193,Xã Ea Wy,false,66,24193,Xã Ea Wy
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24194,Xã Cư A Mung,false,66,24193,Xã Ea Wy
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24196,Xã Cư Mốt,false,66,24193,Xã Ea Wy
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24199,Xã Ea Hiao,false,66,24187,Xã Ea Hiao
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24202,Xã Ea Khal,false,66,24208,Xã Ea Khăl
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24205,Xã Dliê Yang,false,66,24181,Xã Ea Drăng
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24207,Xã Ea Tir,false,66,24208,Xã Ea Khăl
66,Tỉnh Đắk Lắk,645,Huyện Ea H'leo,24208,Xã Ea Nam,false,66,24208,Xã Ea Khăl
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24211,Thị trấn Ea Súp,false,66,24211,Xã Ea Súp
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24214,Xã Ia Lốp,false,66,24214,Xã Ia Lốp
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24215,Xã Ia JLơi,false,66,24217,Xã Ea Rốk
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24217,Xã Ea Rốk,false,66,24217,Xã Ea Rốk
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24220,Xã Ya Tờ Mốt,false,66,24229,Xã Ea Bung
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24221,Xã Ia RVê,false,66,24221,Xã Ia Rvê
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24223,Xã Ea Lê,false,66,24211,Xã Ea Súp
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24226,Xã Cư KBang,false,66,24217,Xã Ea Rốk
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24229,Xã Ea Bung,false,66,24229,Xã Ea Bung
66,Tỉnh Đắk Lắk,646,Huyện Ea Súp,24232,Xã Cư M'Lan,false,66,24211,Xã Ea Súp
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24235,Xã Krông Na,false,66,24235,Xã Buôn Đôn
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24238,Xã Ea Huar,false,66,24241,Xã Ea Wer
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24241,Xã Ea Wer,false,66,24241,Xã Ea Wer
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24244,Xã Tân Hòa,false,66,24241,Xã Ea Wer
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24247,Xã Cuôr KNia,false,66,24250,Xã Ea Nuôl
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24250,Xã Ea Bar,false,66,24250,Xã Ea Nuôl
66,Tỉnh Đắk Lắk,647,Huyện Buôn Đôn,24253,Xã Ea Nuôl,false,66,24250,Xã Ea Nuôl
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24256,Thị trấn Ea Pốk,false,66,24259,Xã Quảng Phú
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24259,Thị trấn Quảng Phú,false,66,24259,Xã Quảng Phú
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24262,Xã Quảng Tiến,false,66,24259,Xã Quảng Phú
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24264,Xã Ea Kuêh,false,66,24265,Xã Ea Kiết
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24265,Xã Ea Kiết,false,66,24265,Xã Ea Kiết
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24268,Xã Ea Tar,false,66,24277,Xã Ea Tul
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24271,Xã Cư Dliê M'nông,false,66,24277,Xã Ea Tul
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24274,Xã Ea H'đing,false,66,24280,Xã Cư M'gar
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24277,Xã Ea Tul,false,66,24277,Xã Ea Tul
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24280,Xã Ea KPam,false,66,24280,Xã Cư M'gar
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24283,Xã Ea M'Droh,false,66,24286,Xã Ea M'Droh
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24286,Xã Quảng Hiệp,false,66,24286,Xã Ea M'Droh
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24289,Xã Cư M'gar,false,66,24280,Xã Cư M'gar
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24292,Xã Ea Drơng,false,66,24301,Xã Cuôr Đăng
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24295,Xã Ea M'nang,false,66,24286,Xã Ea M'Droh
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24298,Xã Cư Suê,false,66,24259,Xã Quảng Phú
66,Tỉnh Đắk Lắk,648,Huyện Cư M'gar,24301,Xã Cuôr Đăng,false,66,24301,Xã Cuôr Đăng
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24307,Xã Cư Né,false,66,24310,Xã Krông Búk
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24310,Xã Chứ Kbô,false,66,24310,Xã Krông Búk
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24313,Xã Cư Pơng,false,66,24313,Xã Cư Pơng
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24314,Xã Ea Sin,false,66,24313,Xã Cư Pơng
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24316,Thị trấn Pơng Drang,false,66,24316,Xã Pơng Drang
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24317,Xã Tân Lập,false,66,24316,Xã Pơng Drang
66,Tỉnh Đắk Lắk,649,Huyện Krông Búk,24319,Xã Ea Ngai,false,66,24316,Xã Pơng Drang
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24343,Thị trấn Krông Năng,false,66,24343,Xã Krông Năng
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24346,Xã Dliê Ya,false,66,24346,Xã Dliê Ya
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24349,Xã Ea Tóh,false,66,24346,Xã Dliê Ya
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24352,Xã Ea Tam,false,66,24352,Xã Tam Giang
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24355,Xã Phú Lộc,false,66,24343,Xã Krông Năng
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24358,Xã Tam Giang,false,66,24352,Xã Tam Giang
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24359,Xã Ea Púk,false,66,24364,Xã Phú Xuân
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24360,Xã Ea Dăh,false,66,24364,Xã Phú Xuân
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24361,Xã Ea Hồ,false,66,24343,Xã Krông Năng
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24364,Xã Phú Xuân,false,66,24364,Xã Phú Xuân
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24367,Xã Cư Klông,false,66,24352,Xã Tam Giang
66,Tỉnh Đắk Lắk,650,Huyện Krông Năng,24370,Xã Ea Tân,false,66,24346,Xã Dliê Ya
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24373,Thị trấn Ea Kar,false,66,24373,Xã Ea Kar
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24376,Thị trấn Ea Knốp,false,66,24376,Xã Ea Knốp
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24379,Xã Ea Sô,false,66,24376,Xã Ea Knốp
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24380,Xã Ea Sar,false,66,24376,Xã Ea Knốp
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24382,Xã Xuân Phú,false,66,24373,Xã Ea Kar
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24385,Xã Cư Huê,false,66,24373,Xã Ea Kar
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24388,Xã Ea Tih,false,66,24376,Xã Ea Knốp
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24391,Xã Ea Đar,false,66,24373,Xã Ea Kar
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24394,Xã Ea Kmút,false,66,24373,Xã Ea Kar
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24397,Xã Cư Ni,false,66,24373,Xã Ea Kar
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24400,Xã Ea Păl,false,66,24400,Xã Ea Păl
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24401,Xã Cư Prông,false,66,24400,Xã Ea Păl
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24403,Xã Ea Ô,false,66,24403,Xã Ea Ô
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24404,Xã Cư ELang,false,66,24403,Xã Ea Ô
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24406,Xã Cư Bông,false,66,24406,Xã Cư Yang
66,Tỉnh Đắk Lắk,651,Huyện Ea Kar,24409,Xã Cư Yang,false,66,24406,Xã Cư Yang
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24412,Thị trấn M'Drắk,false,66,24412,Xã M'Drắk
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24415,Xã Cư Prao,false,66,24415,Xã Cư Prao
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24418,Xã Ea Pil,false,66,24415,Xã Cư Prao
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24421,Xã Ea Lai,false,66,24412,Xã M'Drắk
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24424,Xã Ea H'MLay,false,66,24433,Xã Ea Riêng
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24427,Xã Krông Jing,false,66,24412,Xã M'Drắk
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24430,Xã Ea M'Doal,false,66,24433,Xã Ea Riêng
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24433,Xã Ea Riêng,false,66,24433,Xã Ea Riêng
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24436,Xã Cư M'ta,false,66,24436,Xã Cư M'ta
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24439,Xã Cư Króa,false,66,24436,Xã Cư M'ta
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24442,Xã Krông Á,false,66,24444,Xã Krông Á
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24444,Xã Cư San,false,66,24444,Xã Krông Á
66,Tỉnh Đắk Lắk,652,Huyện M'Đrắk,24445,Xã Ea Trang,false,66,24445,Xã Ea Trang
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24448,Thị trấn Krông Kmar,false,66,24448,Xã Krông Bông
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24451,Xã Dang Kang,false,66,24454,Xã Dang Kang
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24454,Xã Cư KTy,false,66,24454,Xã Dang Kang
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24457,Xã Hòa Thành,false,66,24454,Xã Dang Kang
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24463,Xã Hòa Phong,false,66,24478,Xã Cư Pui
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24466,Xã Hòa Lễ,false,66,24448,Xã Krông Bông
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24469,Xã Yang Reh,false,66,24472,Xã Hòa Sơn
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24472,Xã Ea Trul,false,66,24472,Xã Hòa Sơn
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24475,Xã Khuê Ngọc Điền,false,66,24448,Xã Krông Bông
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24478,Xã Cư Pui,false,66,24478,Xã Cư Pui
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24481,Xã Hòa Sơn,false,66,24472,Xã Hòa Sơn
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24484,Xã Cư Drăm,false,66,24484,Xã Yang Mao
66,Tỉnh Đắk Lắk,653,Huyện Krông Bông,24487,Xã Yang Mao,false,66,24484,Xã Yang Mao
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24490,Thị trấn Phước An,false,66,24490,Xã Krông Pắc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24493,Xã KRông Búk,false,66,24496,Xã Ea Kly
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24496,Xã Ea Kly,false,66,24496,Xã Ea Kly
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24499,Xã Ea Kênh,false,66,24505,Xã Ea Knuếc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24502,Xã Ea Phê,false,66,24502,Xã Ea Phê
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24505,Xã Ea Knuếc,false,66,24505,Xã Ea Knuếc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24508,Xã Ea Yông,false,66,24490,Xã Krông Pắc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24511,Xã Hòa An,false,66,24490,Xã Krông Pắc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24514,Xã Ea Kuăng,false,66,24502,Xã Ea Phê
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24517,Xã Hòa Đông,false,66,24505,Xã Ea Knuếc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24520,Xã Ea Hiu,false,66,24502,Xã Ea Phê
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24523,Xã Hòa Tiến,false,66,24490,Xã Krông Pắc
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24526,Xã Tân Tiến,false,66,24526,Xã Tân Tiến
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24529,Xã Vụ Bổn,false,66,24529,Xã Vụ Bổn
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24532,Xã Ea Uy,false,66,24526,Xã Tân Tiến
66,Tỉnh Đắk Lắk,654,Huyện Krông Pắc,24535,Xã Ea Yiêng,false,66,24526,Xã Tân Tiến
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24538,Thị trấn Buôn Trấp,false,66,24538,Xã Krông Ana
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24556,Xã Dray Sáp,false,66,24559,Xã Ea Na
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24559,Xã Ea Na,false,66,24559,Xã Ea Na
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24565,Xã Ea Bông,false,66,24559,Xã Ea Na
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24568,Xã Băng A Drênh,false,66,24568,Xã Dur Kmăl
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24571,Xã Dur KMăl,false,66,24568,Xã Dur Kmăl
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24574,Xã Bình Hòa,false,66,24538,Xã Krông Ana
66,Tỉnh Đắk Lắk,655,Huyện Krông A Na,24577,Xã Quảng Điền,false,66,24538,Xã Krông Ana
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24580,Thị trấn Liên Sơn,false,66,24580,Xã Liên Sơn Lắk
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24583,Xã Yang Tao,false,66,24580,Xã Liên Sơn Lắk
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24586,Xã Bông Krang,false,66,24580,Xã Liên Sơn Lắk
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24589,Xã Đắk Liêng,false,66,24595,Xã Đắk Liêng
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24592,Xã Buôn Triết,false,66,24595,Xã Đắk Liêng
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24595,Xã Buôn Tría,false,66,24595,Xã Đắk Liêng
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24598,Xã Đắk Phơi,false,66,24598,Xã Đắk Phơi
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24601,Xã Đắk Nuê,false,66,24598,Xã Đắk Phơi
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24604,Xã Krông Nô,false,66,24604,Xã Krông Nô
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24607,Xã Nam Ka,false,66,24607,Xã Nam Ka
66,Tỉnh Đắk Lắk,656,Huyện Lắk,24610,Xã Ea Rbin,false,66,24607,Xã Nam Ka
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24540,Xã Ea Ning,false,66,24540,Xã Ea Ning
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24541,Xã Cư Êwi,false,66,24540,Xã Ea Ning
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24544,Xã Ea Ktur,false,66,24544,Xã Ea Ktur
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24547,Xã Ea Tiêu,false,66,24544,Xã Ea Ktur
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24550,Xã Ea BHốk,true,66,24561,Xã Dray Bhăng
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24550,Xã Ea BHốk,true,66,24544,Xã Ea Ktur
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24553,Xã Ea Hu,false,66,24540,Xã Ea Ning
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24561,Xã Dray Bhăng,false,66,24561,Xã Dray Bhăng
66,Tỉnh Đắk Lắk,657,Huyện Cư Kuin,24562,Xã Hòa Hiệp,false,66,24561,Xã Dray Bhăng
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24611,Phường Nghĩa Đức,false,68,24611,Phường Bắc Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24612,Phường Nghĩa Thành,false,68,24611,Phường Bắc Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24614,Phường Nghĩa Phú,false,68,24615,Phường Nam Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24615,Phường Nghĩa Tân,false,68,24615,Phường Nam Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24617,Phường Nghĩa Trung,false,68,24617,Phường Đông Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24618,Xã Đắk R'Moan,false,68,24615,Phường Nam Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24619,Phường Quảng Thành,false,68,24611,Phường Bắc Gia Nghĩa
67,Tỉnh Đắk Nông,660,Thành phố Gia Nghĩa,24628,Xã Đắk Nia,false,68,24617,Phường Đông Gia Nghĩa
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24616,Xã Quảng Sơn,false,68,24616,Xã Quảng Sơn
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24620,Xã Quảng Hòa,false,68,24620,Xã Quảng Hòa
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24622,Xã Đắk Ha,false,68,24611,Phường Bắc Gia Nghĩa
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24625,Xã Đắk R'Măng,false,68,24637,Xã Tà Đùng
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24631,Xã Quảng Khê,false,68,24631,Xã Quảng Khê
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24634,Xã Đắk Plao,false,68,24631,Xã Quảng Khê
67,Tỉnh Đắk Nông,661,Huyện Đăk Glong,24637,Xã Đắk Som,false,68,24637,Xã Tà Đùng
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24640,Thị trấn Ea T'Ling,false,68,24640,Xã Cư Jút
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24643,Xã Đắk Wil,false,68,24646,Xã Đắk Wil
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24646,Xã Ea Pô,false,68,24646,Xã Đắk Wil
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24649,Xã Nam Dong,false,68,24649,Xã Nam Dong
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24652,Xã Đắk D'rông,false,68,24649,Xã Nam Dong
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24655,Xã Tâm Thắng,false,68,24640,Xã Cư Jút
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24658,Xã Cư Knia,false,68,24640,Xã Cư Jút
67,Tỉnh Đắk Nông,662,Huyện Cư Jút,24661,Xã Trúc Sơn,false,68,24640,Xã Cư Jút
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24664,Thị trấn Đắk Mil,false,68,24664,Xã Đức Lập
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24667,Xã Đắk Lao,false,68,24682,Xã Thuận An
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24670,Xã Đắk R'La,false,68,24670,Xã Đắk Mil
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24673,Xã Đắk Gằn,false,68,24670,Xã Đắk Mil
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24676,Xã Đức Mạnh,false,68,24664,Xã Đức Lập
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24677,Xã Đắk N'Drót,false,68,24670,Xã Đắk Mil
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24678,Xã Long Sơn,false,68,24678,Xã Đắk Sắk
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24679,Xã Đắk Sắk,false,68,24678,Xã Đắk Sắk
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24682,Xã Thuận An,false,68,24682,Xã Thuận An
67,Tỉnh Đắk Nông,663,Huyện Đắk Mil,24685,Xã Đức Minh,false,68,24664,Xã Đức Lập
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24688,Thị trấn Đắk Mâm,false,68,24688,Xã Krông Nô
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24691,Xã Đắk Sôr,false,68,24697,Xã Nam Đà
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24692,Xã Nam Xuân,false,68,24678,Xã Đắk Sắk
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24694,Xã Buôn Choáh,false,68,24697,Xã Nam Đà
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24697,Xã Nam Đà,false,68,24697,Xã Nam Đà
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24699,Xã Tân Thành,false,68,24688,Xã Krông Nô
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24700,Xã Đắk Drô,false,68,24688,Xã Krông Nô
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24703,Xã Nâm Nung,false,68,24703,Xã Nâm Nung
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24706,Xã Đức Xuyên,false,68,24712,Xã Quảng Phú
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24709,Xã Đắk Nang,false,68,24712,Xã Quảng Phú
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24712,Xã Quảng Phú,false,68,24712,Xã Quảng Phú
67,Tỉnh Đắk Nông,664,Huyện Krông Nô,24715,Xã Nâm N'Đir,false,68,24703,Xã Nâm Nung
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24717,Thị trấn Đức An,false,68,24717,Xã Đức An
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24718,Xã Đắk Môl,false,68,24718,Xã Đắk Song
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24719,Xã Đắk Hòa,false,68,24718,Xã Đắk Song
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24721,Xã Nam Bình,false,68,24717,Xã Đức An
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24722,Xã Thuận Hà,false,68,24722,Xã Thuận Hạnh
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24724,Xã Thuận Hạnh,false,68,24722,Xã Thuận Hạnh
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24727,Xã Đắk N'Drung,false,68,24717,Xã Đức An
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24728,Xã Nâm N'Jang,false,68,24730,Xã Trường Xuân
67,Tỉnh Đắk Nông,665,Huyện Đắk Song,24730,Xã Trường Xuân,false,68,24730,Xã Trường Xuân
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24733,Thị trấn Kiến Đức,false,68,24733,Xã Kiến Đức
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24745,Xã Quảng Tín,false,68,24760,Xã Quảng Tín
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24750,Xã Đắk Wer,false,68,24751,Xã Nhân Cơ
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24751,Xã Nhân Cơ,false,68,24751,Xã Nhân Cơ
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24754,Xã Kiến Thành,false,68,24733,Xã Kiến Đức
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24756,Xã Nghĩa Thắng,false,68,24733,Xã Kiến Đức
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24757,Xã Đạo Nghĩa,false,68,24733,Xã Kiến Đức
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24760,Xã Đắk Sin,false,68,24760,Xã Quảng Tín
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24761,Xã Hưng Bình,false,68,24760,Xã Quảng Tín
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24763,Xã Đắk Ru,false,68,24760,Xã Quảng Tín
67,Tỉnh Đắk Nông,666,Huyện Đắk R'Lấp,24766,Xã Nhân Đạo,false,68,24751,Xã Nhân Cơ
67,Tỉnh Đắk Nông,667,Huyện Tuy Đức,24736,Xã Quảng Trực,false,68,24736,Xã Quảng Trực
67,Tỉnh Đắk Nông,667,Huyện Tuy Đức,24739,Xã Đắk Búk So,false,68,24739,Xã Tuy Đức
67,Tỉnh Đắk Nông,667,Huyện Tuy Đức,24740,Xã Quảng Tâm,false,68,24739,Xã Tuy Đức
67,Tỉnh Đắk Nông,667,Huyện Tuy Đức,24742,Xã Đắk R'Tíh,false,68,24739,Xã Tuy Đức
67,Tỉnh Đắk Nông,667,Huyện Tuy Đức,24746,Xã Đắk Ngo,false,68,24748,Xã Quảng Tân
67,Tỉnh Đắk Nông,667,Huyện Tuy Đức,24748,Xã Quảng Tân,false,68,24748,Xã Quảng Tân
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24769,Phường 7,false,68,24846,Phường Lang Biang - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24772,Phường 8,false,68,24778,Phường Lâm Viên - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24775,Phường 12,false,68,24778,Phường Lâm Viên - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24778,Phường 9,false,68,24778,Phường Lâm Viên - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24781,Phường 2,false,68,24781,Phường Xuân Hương - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24784,Phường 1,false,68,24781,Phường Xuân Hương - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24787,Phường 6,false,68,24787,Phường Cam Ly - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24790,Phường 5,false,68,24787,Phường Cam Ly - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24793,Phường 4,false,68,24781,Phường Xuân Hương - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24796,Phường 10,false,68,24781,Phường Xuân Hương - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24799,Phường 11,false,68,24805,Phường Xuân Trường - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24802,Phường 3,false,68,24781,Phường Xuân Hương - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24805,Xã Xuân Thọ,false,68,24805,Phường Xuân Trường - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24808,Xã Tà Nung,false,68,24787,Phường Cam Ly - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24810,Xã Trạm Hành,false,68,24805,Phường Xuân Trường - Đà Lạt
68,Tỉnh Lâm Đồng,672,Thành phố Đà Lạt,24811,Xã Xuân Trường,false,68,24805,Phường Xuân Trường - Đà Lạt
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24814,Phường Lộc Phát,false,68,24823,Phường 1 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24817,Phường Lộc Tiến,false,68,24841,Phường 3 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24820,Phường 2,false,68,24820,Phường 2 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24823,Phường 1,false,68,24823,Phường 1 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24826,Phường B'lao,false,68,24829,Phường B'Lao
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24829,Phường Lộc Sơn,false,68,24829,Phường B'Lao
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24832,Xã Đamb'ri,false,68,24820,Phường 2 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24835,Xã Lộc Thanh,false,68,24823,Phường 1 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24838,Xã Lộc Nga,false,68,24829,Phường B'Lao
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24841,Xã Lộc Châu,false,68,24841,Phường 3 Bảo Lộc
68,Tỉnh Lâm Đồng,673,Thành phố Bảo Lộc,24844,Xã Đại Lào,false,68,24841,Phường 3 Bảo Lộc
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24853,Xã Đạ Tông,false,68,24853,Xã Đam Rông 4
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24856,Xã Đạ Long,false,68,24853,Xã Đam Rông 4
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24859,Xã Đạ M'Rông,false,68,24875,Xã Đam Rông 3
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24874,Xã Liêng Srônh,false,68,24877,Xã Đam Rông 2
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24875,Xã Đạ Rsal,false,68,24875,Xã Đam Rông 3
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24877,Xã Rô Men,false,68,24877,Xã Đam Rông 2
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24886,Xã Phi Liêng,false,68,24886,Xã Đam Rông 1
68,Tỉnh Lâm Đồng,674,Huyện Đam Rông,24889,Xã Đạ K'Nàng,false,68,24886,Xã Đam Rông 1
68,Tỉnh Lâm Đồng,675,Huyện Lạc Dương,24846,Thị trấn Lạc Dương,false,68,24846,Phường Lang Biang - Đà Lạt
68,Tỉnh Lâm Đồng,675,Huyện Lạc Dương,24847,Xã Đạ Chais,false,68,24848,Xã Lạc Dương
68,Tỉnh Lâm Đồng,675,Huyện Lạc Dương,24848,Xã Đạ Nhim,false,68,24848,Xã Lạc Dương
68,Tỉnh Lâm Đồng,675,Huyện Lạc Dương,24850,Xã Đưng KNớ,false,68,24853,Xã Đam Rông 4
68,Tỉnh Lâm Đồng,675,Huyện Lạc Dương,24862,Xã Lát,false,68,24846,Phường Lang Biang - Đà Lạt
68,Tỉnh Lâm Đồng,675,Huyện Lạc Dương,24865,Xã Đạ Sar,false,68,24848,Xã Lạc Dương
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24868,Thị trấn Nam Ban,false,68,24868,Xã Nam Ban Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24871,Thị trấn Đinh Văn,false,68,24871,Xã Đinh Văn Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24880,Xã Phú Sơn,false,68,24895,Xã Phú Sơn Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24883,Xã Phi Tô,false,68,24883,Xã Nam Hà Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24892,Xã Mê Linh,false,68,24868,Xã Nam Ban Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24895,Xã Đạ Đờn,false,68,24895,Xã Phú Sơn Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24898,Xã Phúc Thọ,false,68,24907,Xã Phúc Thọ Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24901,Xã Đông Thanh,false,68,24868,Xã Nam Ban Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24904,Xã Gia Lâm,false,68,24868,Xã Nam Ban Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24907,Xã Tân Thanh,false,68,24907,Xã Phúc Thọ Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24910,Xã Tân Văn,false,68,24871,Xã Đinh Văn Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24913,Xã Hoài Đức,false,68,24916,Xã Tân Hà Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24916,Xã Tân Hà,false,68,24916,Xã Tân Hà Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24919,Xã Liên Hà,false,68,24916,Xã Tân Hà Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24922,Xã Đan Phượng,false,68,24916,Xã Tân Hà Lâm Hà
68,Tỉnh Lâm Đồng,676,Huyện Lâm Hà,24925,Xã Nam Hà,false,68,24883,Xã Nam Hà Lâm Hà
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24928,Thị trấn D'Ran,false,68,24934,Xã D'Ran
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24931,Thị trấn Thạnh Mỹ,false,68,24931,Xã Đơn Dương
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24934,Xã Lạc Xuân,false,68,24934,Xã D'Ran
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24937,Xã Đạ Ròn,false,68,24931,Xã Đơn Dương
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24940,Xã Lạc Lâm,false,68,24943,Xã Ka Đô
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24943,Xã Ka Đô,false,68,24943,Xã Ka Đô
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24949,Xã Ka Đơn,false,68,24955,Xã Quảng Lập
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24952,Xã Tu Tra,false,68,24931,Xã Đơn Dương
68,Tỉnh Lâm Đồng,677,Huyện Đơn Dương,24955,Xã Quảng Lập,false,68,24955,Xã Quảng Lập
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24958,Thị trấn Liên Nghĩa,false,68,24958,Xã Đức Trọng
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24961,Xã Hiệp An,false,68,24967,Xã Hiệp Thạnh
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24964,Xã Liên Hiệp,false,68,24967,Xã Hiệp Thạnh
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24967,Xã Hiệp Thạnh,false,68,24967,Xã Hiệp Thạnh
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24970,Xã Bình Thạnh,false,68,24871,Xã Đinh Văn Lâm Hà
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24973,Xã N'Thol Hạ,false,68,24976,Xã Tân Hội
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24976,Xã Tân Hội,false,68,24976,Xã Tân Hội
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24979,Xã Tân Thành,false,68,24976,Xã Tân Hội
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24982,Xã Phú Hội,false,68,24958,Xã Đức Trọng
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24985,Xã Ninh Gia,false,68,24985,Xã Ninh Gia
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24988,Xã Tà Năng,false,68,24988,Xã Tà Năng
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24989,Xã Đa Quyn,false,68,24988,Xã Tà Năng
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24991,Xã Tà Hine,false,68,24991,Xã Tà Hine
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24994,Xã Đà Loan,false,68,24991,Xã Tà Hine
68,Tỉnh Lâm Đồng,678,Huyện Đức Trọng,24997,Xã Ninh Loan,false,68,24991,Xã Tà Hine
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25000,Thị trấn Di Linh,false,68,25000,Xã Di Linh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25003,Xã Đinh Trang Thượng,false,68,25007,Xã Đinh Trang Thượng
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25006,Xã Tân Thượng,false,68,25007,Xã Đinh Trang Thượng
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25007,Xã Tân Lâm,false,68,25007,Xã Đinh Trang Thượng
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25009,Xã Tân Châu,false,68,25000,Xã Di Linh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25012,Xã Tân Nghĩa,false,68,25018,Xã Bảo Thuận
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25015,Xã Gia Hiệp,false,68,25015,Xã Gia Hiệp
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25018,Xã Đinh Lạc,false,68,25018,Xã Bảo Thuận
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25021,Xã Tam Bố,false,68,25015,Xã Gia Hiệp
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25024,Xã Đinh Trang Hòa,false,68,25036,Xã Hòa Ninh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25027,Xã Liên Đầm,false,68,25000,Xã Di Linh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25030,Xã Gung Ré,false,68,25000,Xã Di Linh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25033,Xã Bảo Thuận,false,68,25018,Xã Bảo Thuận
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25036,Xã Hòa Ninh,false,68,25036,Xã Hòa Ninh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25039,Xã Hòa Trung,false,68,25036,Xã Hòa Ninh
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25042,Xã Hòa Nam,false,68,25042,Xã Hòa Bắc
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25045,Xã Hòa Bắc,false,68,25042,Xã Hòa Bắc
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25048,Xã Sơn Điền,false,68,25051,Xã Sơn Điền
68,Tỉnh Lâm Đồng,679,Huyện Di Linh,25051,Xã Gia Bắc,false,68,25051,Xã Sơn Điền
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25054,Thị trấn Lộc Thắng,false,68,25054,Xã Bảo Lâm 1
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25057,Xã Lộc Bảo,false,68,25057,Xã Bảo Lâm 5
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25060,Xã Lộc Lâm,false,68,25063,Xã Bảo Lâm 4
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25063,Xã Lộc Phú,false,68,25063,Xã Bảo Lâm 4
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25066,Xã Lộc Bắc,false,68,25057,Xã Bảo Lâm 5
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25069,Xã B'Lá,false,68,25063,Xã Bảo Lâm 4
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25072,Xã Lộc Ngãi,false,68,25054,Xã Bảo Lâm 1
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25075,Xã Lộc Quảng,false,68,25054,Xã Bảo Lâm 1
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25078,Xã Lộc Tân,false,68,24820,Phường 2 Bảo Lộc
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25081,Xã Lộc Đức,false,68,25084,Xã Bảo Lâm 2
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25084,Xã Lộc An,false,68,25084,Xã Bảo Lâm 2
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25087,Xã Tân Lạc,false,68,25084,Xã Bảo Lâm 2
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25090,Xã Lộc Thành,false,68,25093,Xã Bảo Lâm 3
68,Tỉnh Lâm Đồng,680,Huyện Bảo Lâm,25093,Xã Lộc Nam,false,68,25093,Xã Bảo Lâm 3
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25096,Thị trấn Đạ M'ri,false,68,25105,Xã Đạ Huoai 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25099,Thị trấn Ma Đa Guôi,false,68,25099,Xã Đạ Huoai
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25105,Xã Hà Lâm,false,68,25105,Xã Đạ Huoai 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25111,Xã Đạ Oai,false,68,25099,Xã Đạ Huoai
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25114,Xã Bà Gia,false,68,25114,Xã Đạ Huoai 3
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25117,Xã Ma Đa Guôi,false,68,25099,Xã Đạ Huoai
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25126,Thị trấn Đạ Tẻh,false,68,25126,Xã Đạ Tẻh
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25129,Xã An Nhơn,false,68,25126,Xã Đạ Tẻh
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25132,Xã Quốc Oai,false,68,25135,Xã Đạ Tẻh 3
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25135,Xã Mỹ Đức,false,68,25135,Xã Đạ Tẻh 3
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25138,Xã Quảng Trị,false,68,25138,Xã Đạ Tẻh 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25141,Xã Đạ Lây,false,68,25126,Xã Đạ Tẻh
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25153,Xã Đạ Kho,false,68,25138,Xã Đạ Tẻh 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25156,Xã Đạ Pal,false,68,25138,Xã Đạ Tẻh 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25159,Thị trấn Cát Tiên,false,68,25159,Xã Cát Tiên
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25162,Xã Tiên Hoàng,false,68,25162,Xã Cát Tiên 3
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25165,Xã Phước Cát 2,false,68,25180,Xã Cát Tiên 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25168,Xã Gia Viễn,false,68,25162,Xã Cát Tiên 3
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25171,Xã Nam Ninh,false,68,25159,Xã Cát Tiên
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25180,Thị trấn Phước Cát,false,68,25180,Xã Cát Tiên 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25183,Xã Đức Phổ,false,68,25180,Xã Cát Tiên 2
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25189,Xã Quảng Ngãi,false,68,25159,Xã Cát Tiên
68,Tỉnh Lâm Đồng,682,Huyện Đạ Huoai,25192,Xã Đồng Nai Thượng,false,68,25162,Xã Cát Tiên 3
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25216,Phường Thác Mơ,false,75,25217,Phường Phước Long
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25217,Phường Long Thủy,false,75,25217,Phường Phước Long
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25219,Phường Phước Bình,false,75,25220,Phường Phước Bình
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25220,Phường Long Phước,false,75,25220,Phường Phước Bình
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25237,Phường Sơn Giang,false,75,25217,Phường Phước Long
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25245,Xã Long Giang,false,75,25220,Phường Phước Bình
70,Tỉnh Bình Phước,688,Thị xã Phước Long,25249,Xã Phước Tín,false,75,25217,Phường Phước Long
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25195,Phường Tân Phú,false,75,25195,Phường Bình Phước
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25198,Phường Tân Đồng,false,75,25195,Phường Bình Phước
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25201,Phường Tân Bình,false,75,25195,Phường Bình Phước
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25204,Phường Tân Xuân,false,75,25195,Phường Bình Phước
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25205,Phường Tân Thiện,false,75,25195,Phường Bình Phước
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25207,Xã Tân Thành,false,75,25210,Phường Đồng Xoài
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25210,Phường Tiến Thành,false,75,25210,Phường Đồng Xoài
70,Tỉnh Bình Phước,689,Thành phố Đồng Xoài,25213,Xã Tiến Hưng,false,75,25195,Phường Bình Phước
70,Tỉnh Bình Phước,690,Thị xã Bình Long,25320,Phường Hưng Chiến,false,75,25326,Phường Bình Long
70,Tỉnh Bình Phước,690,Thị xã Bình Long,25324,Phường An Lộc,false,75,25326,Phường Bình Long
70,Tỉnh Bình Phước,690,Thị xã Bình Long,25325,Phường Phú Thịnh,false,75,25333,Phường An Lộc
70,Tỉnh Bình Phước,690,Thị xã Bình Long,25326,Phường Phú Đức,false,75,25326,Phường Bình Long
70,Tỉnh Bình Phước,690,Thị xã Bình Long,25333,Xã Thanh Lương,false,75,25333,Phường An Lộc
70,Tỉnh Bình Phước,690,Thị xã Bình Long,25336,Xã Thanh Phú,false,75,25333,Phường An Lộc
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25222,Xã Bù Gia Mập,false,75,25222,Xã Bù Gia Mập
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25225,Xã Đak Ơ,false,75,25225,Xã Đăk Ơ
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25228,Xã Đức Hạnh,false,75,25267,Xã Phú Nghĩa
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25229,Xã Phú Văn,false,75,25267,Xã Phú Nghĩa
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25231,Xã Đa Kia,false,75,25231,Xã Đa Kia
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25232,Xã Phước Minh,false,75,25231,Xã Đa Kia
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25234,Xã Bình Thắng,false,75,25231,Xã Đa Kia
70,Tỉnh Bình Phước,691,Huyện Bù Gia Mập,25267,Xã Phú Nghĩa,false,75,25267,Xã Phú Nghĩa
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25270,Thị trấn Lộc Ninh,false,75,25270,Xã Lộc Ninh
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25273,Xã Lộc Hòa,false,75,25280,Xã Lộc Thạnh
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25276,Xã Lộc An,false,75,25318,Xã Tân Tiến
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25279,Xã Lộc Tấn,false,75,25279,Xã Lộc Tấn
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25280,Xã Lộc Thạnh,false,75,25280,Xã Lộc Thạnh
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25282,Xã Lộc Hiệp,false,75,25292,Xã Lộc Quang
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25285,Xã Lộc Thiện,false,75,25279,Xã Lộc Tấn
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25288,Xã Lộc Thuận,false,75,25270,Xã Lộc Ninh
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25291,Xã Lộc Quang,false,75,25292,Xã Lộc Quang
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25292,Xã Lộc Phú,false,75,25292,Xã Lộc Quang
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25294,Xã Lộc Thành,false,75,25294,Xã Lộc Thành
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25297,Xã Lộc Thái,false,75,25270,Xã Lộc Ninh
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25300,Xã Lộc Điền,false,75,25303,Xã Lộc Hưng
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25303,Xã Lộc Hưng,false,75,25303,Xã Lộc Hưng
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25305,Xã Lộc Thịnh,false,75,25294,Xã Lộc Thành
70,Tỉnh Bình Phước,692,Huyện Lộc Ninh,25306,Xã Lộc Khánh,false,75,25303,Xã Lộc Hưng
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25308,Thị trấn Thanh Bình,false,75,25308,Xã Thiện Hưng
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25309,Xã Hưng Phước,false,75,25309,Xã Hưng Phước
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25310,Xã Phước Thiện,false,75,25309,Xã Hưng Phước
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25312,Xã Thiện Hưng,false,75,25308,Xã Thiện Hưng
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25315,Xã Thanh Hòa,false,75,25308,Xã Thiện Hưng
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25318,Xã Tân Thành,false,75,25318,Xã Tân Tiến
70,Tỉnh Bình Phước,693,Huyện Bù Đốp,25321,Xã Tân Tiến,false,75,25318,Xã Tân Tiến
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25327,Xã Thanh An,false,75,25345,Xã Tân Hưng
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25330,Xã An Khương,false,75,25345,Xã Tân Hưng
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25339,Xã An Phú,false,75,25349,Xã Minh Đức
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25342,Xã Tân Lợi,false,75,25351,Xã Tân Quan
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25345,Xã Tân Hưng,false,75,25345,Xã Tân Hưng
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25348,Xã Minh Đức,false,75,25349,Xã Minh Đức
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25349,Xã Minh Tâm,false,75,25349,Xã Minh Đức
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25351,Xã Phước An,false,75,25351,Xã Tân Quan
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25354,Xã Thanh Bình,false,75,25326,Phường Bình Long
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25357,Thị trấn Tân Khai,false,75,25357,Xã Tân Khai
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25360,Xã Đồng Nơ,false,75,25357,Xã Tân Khai
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25361,Xã Tân Hiệp,false,75,25357,Xã Tân Khai
70,Tỉnh Bình Phước,694,Huyện Hớn Quản,25438,Xã Tân Quan,false,75,25351,Xã Tân Quan
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25363,Thị trấn Tân Phú,false,75,25363,Xã Đồng Phú
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25366,Xã Thuận Lợi,false,75,25387,Xã Thuận Lợi
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25369,Xã Đồng Tâm,false,75,25390,Xã Đồng Tâm
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25372,Xã Tân Phước,false,75,25390,Xã Đồng Tâm
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25375,Xã Tân Hưng,false,75,25378,Xã Tân Lợi
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25378,Xã Tân Lợi,false,75,25378,Xã Tân Lợi
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25381,Xã Tân Lập,false,75,25363,Xã Đồng Phú
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25384,Xã Tân Hòa,false,75,25378,Xã Tân Lợi
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25387,Xã Thuận Phú,false,75,25387,Xã Thuận Lợi
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25390,Xã Đồng Tiến,false,75,25390,Xã Đồng Tâm
70,Tỉnh Bình Phước,695,Huyện Đồng Phú,25393,Xã Tân Tiến,false,75,25363,Xã Đồng Phú
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25396,Thị trấn Đức Phong,false,75,25396,Xã Bù Đăng
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25398,Xã Đường 10,false,75,25399,Xã Đak Nhau
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25399,Xã Đak Nhau,false,75,25399,Xã Đak Nhau
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25400,Xã Phú Sơn,false,75,25402,Xã Thọ Sơn
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25402,Xã Thọ Sơn,false,75,25402,Xã Thọ Sơn
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25404,Xã Bình Minh,false,75,25405,Xã Bom Bo
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25405,Xã Bom Bo,false,75,25405,Xã Bom Bo
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25408,Xã Minh Hưng,false,75,25396,Xã Bù Đăng
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25411,Xã Đoàn Kết,false,75,25396,Xã Bù Đăng
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25414,Xã Đồng Nai,false,75,25402,Xã Thọ Sơn
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25417,Xã Đức Liễu,false,75,25417,Xã Nghĩa Trung
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25420,Xã Thống Nhất,false,75,25420,Xã Phước Sơn
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25423,Xã Nghĩa Trung,false,75,25417,Xã Nghĩa Trung
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25424,Xã Nghĩa Bình,false,75,25417,Xã Nghĩa Trung
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25426,Xã Đăng Hà,false,75,25420,Xã Phước Sơn
70,Tỉnh Bình Phước,696,Huyện Bù Đăng,25429,Xã Phước Sơn,false,75,25420,Xã Phước Sơn
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25432,Phường Hưng Long,false,75,25432,Phường Chơn Thành
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25433,Phường Thành Tâm,false,75,25432,Phường Chơn Thành
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25435,Xã Minh Lập,false,75,25450,Xã Nha Bích
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25439,Xã Quang Minh,false,75,25351,Xã Tân Quan
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25441,Phường Minh Hưng,false,75,25441,Phường Minh Hưng
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25444,Phường Minh Long,false,75,25441,Phường Minh Hưng
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25447,Phường Minh Thành,false,75,25432,Phường Chơn Thành
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25450,Xã Nha Bích,false,75,25450,Xã Nha Bích
70,Tỉnh Bình Phước,697,Thị xã Chơn Thành,25453,Xã Minh Thắng,false,75,25450,Xã Nha Bích
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25240,Xã Long Bình,false,75,25246,Xã Bình Tân
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25243,Xã Bình Tân,false,75,25246,Xã Bình Tân
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25244,Xã Bình Sơn,false,75,25220,Phường Phước Bình
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25246,Xã Long Hưng,false,75,25246,Xã Bình Tân
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25250,Xã Phước Tân,false,75,25261,Xã Phú Trung
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25252,Xã Bù Nho,false,75,25252,Xã Phú Riềng
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25255,Xã Long Hà,false,75,25255,Xã Long Hà
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25258,Xã Long Tân,false,75,25255,Xã Long Hà
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25261,Xã Phú Trung,false,75,25261,Xã Phú Trung
70,Tỉnh Bình Phước,698,Huyện Phú Riềng,25264,Xã Phú Riềng,false,75,25252,Xã Phú Riềng
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25456,Phường 1,false,80,25459,Phường Tân Ninh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25459,Phường 3,false,80,25459,Phường Tân Ninh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25462,Phường 4,true,80,25459,Phường Tân Ninh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25462,Phường 4,true,80,27694,Phường Long An
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25465,Phường Hiệp Ninh,false,80,25459,Phường Tân Ninh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25468,Phường 2,false,80,25459,Phường Tân Ninh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25471,Xã Thạnh Tân,false,80,25480,Phường Bình Minh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25474,Xã Tân Bình,false,80,25480,Phường Bình Minh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25477,Xã Bình Minh,false,80,25480,Phường Bình Minh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25480,Phường Ninh Sơn,false,80,25480,Phường Bình Minh
72,Tỉnh Tây Ninh,703,Thành phố Tây Ninh,25483,Phường Ninh Thạnh,false,80,25567,Phường Ninh Thạnh
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25486,Thị trấn Tân Biên,false,80,25486,Xã Tân Biên
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25489,Xã Tân Lập,false,80,25489,Xã Tân Lập
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25492,Xã Thạnh Bắc,false,80,25489,Xã Tân Lập
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25495,Xã Tân Bình,false,80,25486,Xã Tân Biên
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25498,Xã Thạnh Bình,false,80,25498,Xã Thạnh Bình
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25501,Xã Thạnh Tây,false,80,25486,Xã Tân Biên
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25504,Xã Hòa Hiệp,false,80,25591,Xã Phước Vinh
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25507,Xã Tân Phong,true,80,25498,Xã Thạnh Bình
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25507,Xã Tân Phong,true,80,25549,Xã Tân Phú
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25510,Xã Mỏ Công,true,80,25510,Xã Trà Vong
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25510,Xã Mỏ Công,true,80,25549,Xã Tân Phú
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25513,Xã Trà Vong,true,80,25510,Xã Trà Vong
72,Tỉnh Tây Ninh,705,Huyện Tân Biên,25513,Xã Trà Vong,true,80,25549,Xã Tân Phú
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25516,Thị trấn Tân Châu,false,80,25516,Xã Tân Châu
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25519,Xã Tân Hà,false,80,25522,Xã Tân Đông
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25522,Xã Tân Đông,false,80,25522,Xã Tân Đông
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25525,Xã Tân Hội,false,80,25525,Xã Tân Hội
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25528,Xã Tân Hòa,false,80,25531,Xã Tân Hòa
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25531,Xã Suối Ngô,false,80,25531,Xã Tân Hòa
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25534,Xã Suối Dây,true,80,25516,Xã Tân Châu
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25534,Xã Suối Dây,true,80,25534,Xã Tân Thành
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25537,Xã Tân Hiệp,false,80,25525,Xã Tân Hội
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25540,Xã Thạnh Đông,false,80,25516,Xã Tân Châu
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25543,Xã Tân Thành,false,80,25534,Xã Tân Thành
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25546,Xã Tân Phú,true,80,25516,Xã Tân Châu
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25546,Xã Tân Phú,true,80,25549,Xã Tân Phú
72,Tỉnh Tây Ninh,706,Huyện Tân Châu,25549,Xã Tân Hưng,false,80,25549,Xã Tân Phú
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25552,Thị trấn Dương Minh Châu,false,80,25552,Xã Dương Minh Châu
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25555,Xã Suối Đá,true,80,25480,Phường Bình Minh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25555,Xã Suối Đá,true,80,25552,Xã Dương Minh Châu
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25558,Xã Phan,true,80,25480,Phường Bình Minh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25558,Xã Phan,true,80,25552,Xã Dương Minh Châu
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25561,Xã Phước Ninh,false,80,25573,Xã Cầu Khởi
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25564,Xã Phước Minh,true,80,25552,Xã Dương Minh Châu
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25564,Xã Phước Minh,true,80,25579,Xã Lộc Ninh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25567,Xã Bàu Năng,false,80,25567,Phường Ninh Thạnh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25570,Xã Chà Là,true,80,25573,Xã Cầu Khởi
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25570,Xã Chà Là,true,80,25567,Phường Ninh Thạnh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25573,Xã Cầu Khởi,false,80,25573,Xã Cầu Khởi
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25576,Xã Bến Củi,false,80,25579,Xã Lộc Ninh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25579,Xã Lộc Ninh,false,80,25579,Xã Lộc Ninh
72,Tỉnh Tây Ninh,707,Huyện Dương Minh Châu,25582,Xã Truông Mít,false,80,25666,Xã Truông Mít
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25585,Thị trấn Châu Thành,false,80,25585,Xã Châu Thành
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25588,Xã Hảo Đước,false,80,25588,Xã Hảo Đước
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25591,Xã Phước Vinh,false,80,25591,Xã Phước Vinh
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25594,Xã Đồng Khởi,false,80,25585,Xã Châu Thành
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25597,Xã Thái Bình,true,80,25585,Xã Châu Thành
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25597,Xã Thái Bình,true,80,25459,Phường Tân Ninh
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25600,Xã An Cơ,false,80,25588,Xã Hảo Đước
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25603,Xã Biên Giới,false,80,25606,Xã Hòa Hội
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25606,Xã Hòa Thạnh,false,80,25606,Xã Hòa Hội
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25609,Xã Trí Bình,false,80,25588,Xã Hảo Đước
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25612,Xã Hòa Hội,false,80,25606,Xã Hòa Hội
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25615,Xã An Bình,false,80,25585,Xã Châu Thành
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25618,Xã Thanh Điền,false,80,25633,Phường Thanh Điền
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25621,Xã Thành Long,false,80,25621,Xã Ninh Điền
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25624,Xã Ninh Điền,false,80,25621,Xã Ninh Điền
72,Tỉnh Tây Ninh,708,Huyện Châu Thành,25627,Xã Long Vĩnh,false,80,25684,Xã Long Chữ
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25630,Phường Long Hoa,false,80,25630,Phường Long Hoa
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25633,Phường Hiệp Tân,false,80,25633,Phường Thanh Điền
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25636,Phường Long Thành Bắc,false,80,25630,Phường Long Hoa
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25639,Xã Trường Hòa,false,80,25630,Phường Long Hoa
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25642,Xã Trường Đông,false,80,25630,Phường Long Hoa
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25645,Phường Long Thành Trung,false,80,25645,Phường Hòa Thành
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25648,Xã Trường Tây,false,80,25630,Phường Long Hoa
72,Tỉnh Tây Ninh,709,Thị xã Hòa Thành,25651,Xã Long Thành Nam,false,80,25645,Phường Hòa Thành
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25654,Thị trấn Gò Dầu,false,80,25654,Phường Gò Dầu
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25657,Xã Thạnh Đức,false,80,25657,Xã Thạnh Đức
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25660,Xã Cẩm Giang,false,80,25657,Xã Thạnh Đức
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25663,Xã Hiệp Thạnh,false,80,25663,Xã Phước Thạnh
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25666,Xã Bàu Đồn,false,80,25666,Xã Truông Mít
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25669,Xã Phước Thạnh,false,80,25663,Xã Phước Thạnh
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25672,Xã Phước Đông,false,80,25672,Phường Gia Lộc
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25675,Xã Phước Trạch,false,80,25663,Xã Phước Thạnh
72,Tỉnh Tây Ninh,710,Huyện Gò Dầu,25678,Xã Thanh Phước,false,80,25654,Phường Gò Dầu
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25681,Thị trấn Bến Cầu,false,80,25681,Xã Bến Cầu
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25684,Xã Long Chữ,false,80,25684,Xã Long Chữ
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25687,Xã Long Phước,false,80,25684,Xã Long Chữ
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25690,Xã Long Giang,false,80,25702,Xã Long Thuận
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25693,Xã Tiên Thuận,false,80,25681,Xã Bến Cầu
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25696,Xã Long Khánh,false,80,25702,Xã Long Thuận
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25699,Xã Lợi Thuận,false,80,25681,Xã Bến Cầu
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25702,Xã Long Thuận,false,80,25702,Xã Long Thuận
72,Tỉnh Tây Ninh,711,Huyện Bến Cầu,25705,Xã An Thạnh,false,80,25681,Xã Bến Cầu
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25708,Phường Trảng Bàng,false,80,25708,Phường Trảng Bàng
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25711,Xã Đôn Thuận,false,80,25711,Xã Hưng Thuận
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25714,Xã Hưng Thuận,false,80,25711,Xã Hưng Thuận
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25717,Phường Lộc Hưng,false,80,25732,Phường An Tịnh
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25720,Phường Gia Lộc,false,80,25672,Phường Gia Lộc
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25723,Phường Gia Bình,false,80,25654,Phường Gò Dầu
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25729,Xã Phước Bình,false,80,25729,Xã Phước Chỉ
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25732,Phường An Tịnh,false,80,25732,Phường An Tịnh
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25735,Phường An Hòa,false,80,25708,Phường Trảng Bàng
72,Tỉnh Tây Ninh,712,Thị xã Trảng Bàng,25738,Xã Phước Chỉ,false,80,25729,Xã Phước Chỉ
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25741,Phường Hiệp Thành,true,79,25750,Phường Phú Lợi
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25741,Phường Hiệp Thành,true,79,25747,Phường Thủ Dầu Một
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25744,Phường Phú Lợi,false,79,25750,Phường Phú Lợi
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25747,Phường Phú Cường,false,79,25747,Phường Thủ Dầu Một
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25750,Phường Phú Hòa,false,79,25750,Phường Phú Lợi
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25753,Phường Phú Thọ,false,79,25747,Phường Thủ Dầu Một
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25756,Phường Chánh Nghĩa,false,79,25747,Phường Thủ Dầu Một
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25759,Phường Định Hòa,false,79,25771,Phường Chánh Hiệp
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25760,Phường Hòa Phú,false,79,25760,Phường Bình Dương
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25762,Phường Phú Mỹ,false,79,25760,Phường Bình Dương
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25763,Phường Phú Tân,false,79,25760,Phường Bình Dương
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25765,Phường Tân An,false,79,25768,Phường Phú An
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25768,Phường Hiệp An,true,79,25771,Phường Chánh Hiệp
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25768,Phường Hiệp An,true,79,25768,Phường Phú An
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25771,Phường Tương Bình Hiệp,false,79,25771,Phường Chánh Hiệp
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25774,Phường Chánh Mỹ,true,79,25771,Phường Chánh Hiệp
74,Tỉnh Bình Dương,718,Thành phố Thủ Dầu Một,25774,Phường Chánh Mỹ,true,79,25747,Phường Thủ Dầu Một
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25816,Xã Trừ Văn Thố,false,79,25819,Xã Trừ Văn Thố
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25819,Xã Cây Trường II,false,79,25819,Xã Trừ Văn Thố
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25822,Thị trấn Lai Uyên,true,79,25822,Xã Bàu Bàng
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25822,Thị trấn Lai Uyên,true,79,25819,Xã Trừ Văn Thố
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25825,Xã Tân Hưng,false,79,25813,Phường Bến Cát
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25828,Xã Long Nguyên,false,79,25840,Phường Long Nguyên
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25831,Xã Hưng Hòa,false,79,25837,Phường Chánh Phú Hòa
74,Tỉnh Bình Dương,719,Huyện Bàu Bàng,25834,Xã Lai Hưng,false,79,25813,Phường Bến Cát
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25777,Thị trấn Dầu Tiếng,false,79,25777,Xã Dầu Tiếng
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25780,Xã Minh Hòa,false,79,25780,Xã Minh Thạnh
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25783,Xã Minh Thạnh,true,79,25792,Xã Long Hòa
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25783,Xã Minh Thạnh,true,79,25780,Xã Minh Thạnh
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25786,Xã Minh Tân,true,79,25792,Xã Long Hòa
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25786,Xã Minh Tân,true,79,25780,Xã Minh Thạnh
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25789,Xã Định An,false,79,25777,Xã Dầu Tiếng
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25792,Xã Long Hòa,false,79,25792,Xã Long Hòa
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25795,Xã Định Thành,false,79,25777,Xã Dầu Tiếng
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25798,Xã Định Hiệp,true,79,25777,Xã Dầu Tiếng
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25798,Xã Định Hiệp,true,79,25807,Xã Thanh An
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25801,Xã An Lập,true,79,25843,Phường Tây Nam
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25801,Xã An Lập,true,79,25807,Xã Thanh An
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25804,Xã Long Tân,false,79,25792,Xã Long Hòa
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25807,Xã Thanh An,false,79,25807,Xã Thanh An
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25810,Xã Thanh Tuyền,true,79,25843,Phường Tây Nam
74,Tỉnh Bình Dương,720,Huyện Dầu Tiếng,25810,Xã Thanh Tuyền,true,79,25807,Xã Thanh An
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25813,Phường Mỹ Phước,true,79,25813,Phường Bến Cát
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25813,Phường Mỹ Phước,true,79,25840,Phường Long Nguyên
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25837,Phường Chánh Phú Hòa,false,79,25837,Phường Chánh Phú Hòa
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25840,Phường An Điền,false,79,25840,Phường Long Nguyên
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25843,Phường An Tây,false,79,25843,Phường Tây Nam
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25846,Phường Thới Hòa,false,79,25846,Phường Thới Hòa
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25849,Phường Hòa Lợi,false,79,25849,Phường Hòa Lợi
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25852,Phường Tân Định,false,79,25849,Phường Hòa Lợi
74,Tỉnh Bình Dương,721,Thành phố Bến Cát,25855,Xã Phú An,false,79,25768,Phường Phú An
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25858,Thị trấn Phước Vĩnh,false,79,25858,Xã Phú Giáo
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25861,Xã An Linh,false,79,25867,Xã An Long
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25864,Xã Phước Sang,false,79,25864,Xã Phước Thành
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25865,Xã An Thái,false,79,25864,Xã Phước Thành
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25867,Xã An Long,false,79,25867,Xã An Long
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25870,Xã An Bình,false,79,25858,Xã Phú Giáo
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25873,Xã Tân Hiệp,false,79,25864,Xã Phước Thành
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25876,Xã Tam Lập,true,79,25858,Xã Phú Giáo
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25876,Xã Tam Lập,true,79,25882,Xã Phước Hòa
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25879,Xã Tân Long,false,79,25867,Xã An Long
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25882,Xã Vĩnh Hòa,false,79,25882,Xã Phước Hòa
74,Tỉnh Bình Dương,722,Huyện Phú Giáo,25885,Xã Phước Hòa,false,79,25882,Xã Phước Hòa
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25888,Phường Uyên Hưng,false,79,25888,Phường Tân Uyên
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25891,Phường Tân Phước Khánh,false,79,25891,Phường Tân Khánh
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25912,Phường Vĩnh Tân,false,79,25912,Phường Vĩnh Tân
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25915,Phường Hội Nghĩa,false,79,25915,Phường Bình Cơ
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25920,Phường Tân Hiệp,false,79,25920,Phường Tân Hiệp
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25921,Phường Khánh Bình,false,79,25920,Phường Tân Hiệp
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25924,Phường Phú Chánh,false,79,25760,Phường Bình Dương
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25930,Xã Bạch Đằng,false,79,25888,Phường Tân Uyên
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25933,Phường Tân Vĩnh Hiệp,false,79,25891,Phường Tân Khánh
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25936,Phường Thạnh Phước,false,79,25891,Phường Tân Khánh
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25937,Xã Thạnh Hội,false,79,25891,Phường Tân Khánh
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25939,Phường Thái Hòa,true,79,25945,Phường Tân Đông Hiệp
74,Tỉnh Bình Dương,723,Thành phố Tân Uyên,25939,Phường Thái Hòa,true,79,25891,Phường Tân Khánh
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25942,Phường Dĩ An,false,79,25942,Phường Dĩ An
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25945,Phường Tân Bình,false,79,25945,Phường Tân Đông Hiệp
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25948,Phường Tân Đông Hiệp,true,79,25942,Phường Dĩ An
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25948,Phường Tân Đông Hiệp,true,79,25945,Phường Tân Đông Hiệp
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25951,Phường Bình An,false,79,25951,Phường Đông Hòa
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25954,Phường Bình Thắng,false,79,25951,Phường Đông Hòa
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25957,Phường Đông Hòa,false,79,25951,Phường Đông Hòa
74,Tỉnh Bình Dương,724,Thành phố Dĩ An,25960,Phường An Bình,false,79,25942,Phường Dĩ An
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25963,Phường An Thạnh,false,79,25978,Phường Thuận An
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25966,Phường Lái Thiêu,false,79,25966,Phường Lái Thiêu
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25969,Phường Bình Chuẩn,true,79,25975,Phường An Phú
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25969,Phường Bình Chuẩn,true,79,25969,Phường Thuận Giao
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25972,Phường Thuận Giao,false,79,25969,Phường Thuận Giao
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25975,Phường An Phú,false,79,25975,Phường An Phú
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25978,Phường Hưng Định,false,79,25978,Phường Thuận An
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25981,Xã An Sơn,false,79,25978,Phường Thuận An
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25984,Phường Bình Nhâm,false,79,25966,Phường Lái Thiêu
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25987,Phường Bình Hòa,false,79,25987,Phường Bình Hòa
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25990,Phường Vĩnh Phú,true,79,25987,Phường Bình Hòa
74,Tỉnh Bình Dương,725,Thành phố Thuận An,25990,Phường Vĩnh Phú,true,79,25966,Phường Lái Thiêu
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25894,Xã Tân Định,false,79,25906,Xã Bắc Tân Uyên
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25897,Xã Bình Mỹ,false,79,25915,Phường Bình Cơ
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25900,Thị trấn Tân Bình,false,79,25912,Phường Vĩnh Tân
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25903,Xã Tân Lập,false,79,25888,Phường Tân Uyên
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25906,Thị trấn Tân Thành,false,79,25906,Xã Bắc Tân Uyên
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25907,Xã Đất Cuốc,false,79,25906,Xã Bắc Tân Uyên
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25908,Xã Hiếu Liêm,false,79,25909,Xã Thường Tân
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25909,Xã Lạc An,false,79,25909,Xã Thường Tân
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25918,Xã Tân Mỹ,true,79,25888,Phường Tân Uyên
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25918,Xã Tân Mỹ,true,79,25909,Xã Thường Tân
74,Tỉnh Bình Dương,726,Huyện Bắc Tân Uyên,25927,Xã Thường Tân,false,79,25909,Xã Thường Tân
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,25993,Phường Trảng Dài,false,75,25993,Phường Trảng Dài
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,25996,Phường Tân Phong,false,75,26188,Phường Tân Triều
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,25999,Phường Tân Biên,false,75,26020,Phường Long Bình
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26002,Phường Hố Nai,false,75,26020,Phường Long Bình
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26005,Phường Tân Hòa,false,75,26005,Phường Hố Nai
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26008,Phường Tân Hiệp,false,75,26017,Phường Tam Hiệp
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26011,Phường Bửu Long,false,75,26041,Phường Trấn Biên
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26014,Phường Tân Mai,false,75,26017,Phường Tam Hiệp
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26017,Phường Tam Hiệp,false,75,26017,Phường Tam Hiệp
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26020,Phường Long Bình,false,75,26020,Phường Long Bình
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26023,Phường Quang Vinh,false,75,26041,Phường Trấn Biên
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26029,Phường Thống Nhất,false,75,26041,Phường Trấn Biên
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26041,Phường Trung Dũng,false,75,26041,Phường Trấn Biên
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26047,Phường Bình Đa,false,75,26017,Phường Tam Hiệp
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26050,Phường An Bình,false,75,26041,Phường Trấn Biên
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26053,Phường Bửu Hòa,false,75,26068,Phường Biên Hòa
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26056,Phường Long Bình Tân,false,75,26380,Phường Long Hưng
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26059,Phường Tân Vạn,false,75,26068,Phường Biên Hòa
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26062,Phường Tân Hạnh,false,75,26068,Phường Biên Hòa
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26065,Phường Hiệp Hòa,false,75,26041,Phường Trấn Biên
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26068,Phường Hóa An,false,75,26068,Phường Biên Hòa
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26371,Phường An Hòa,false,75,26380,Phường Long Hưng
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26374,Phường Tam Phước,false,75,26374,Phường Tam Phước
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26377,Phường Phước Tân,false,75,26377,Phường Phước Tân
75,Tỉnh Đồng Nai,731,Thành phố Biên Hòa,26380,Xã Long Hưng,false,75,26380,Phường Long Hưng
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26077,Phường Xuân Bình,false,75,26080,Phường Long Khánh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26080,Phường Xuân An,false,75,26080,Phường Long Khánh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26083,Phường Xuân Hòa,false,75,26080,Phường Long Khánh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26086,Phường Phú Bình,false,75,26080,Phường Long Khánh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26089,Xã Bình Lộc,false,75,26089,Phường Bình Lộc
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26092,Xã Bảo Quang,false,75,26098,Phường Bảo Vinh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26095,Phường Suối Tre,false,75,26089,Phường Bình Lộc
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26098,Phường Bảo Vinh,false,75,26098,Phường Bảo Vinh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26101,Phường Xuân Lập,false,75,26104,Phường Xuân Lập
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26104,Phường Bàu Sen,false,75,26104,Phường Xuân Lập
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26107,Xã Bàu Trâm,false,75,26080,Phường Long Khánh
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26110,Phường Xuân Tân,false,75,26113,Phường Hàng Gòn
75,Tỉnh Đồng Nai,732,Thành phố Long Khánh,26113,Xã Hàng Gòn,false,75,26113,Phường Hàng Gòn
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26116,Thị trấn Tân Phú,false,75,26116,Xã Tân Phú
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26119,Xã Đắc Lua,false,75,26119,Xã Đak Lua
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26122,Xã Nam Cát Tiên,false,75,26122,Xã Nam Cát Tiên
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26125,Xã Phú An,false,75,26122,Xã Nam Cát Tiên
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26131,Xã Tà Lài,false,75,26134,Xã Tà Lài
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26134,Xã Phú Lập,false,75,26134,Xã Tà Lài
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26140,Xã Phú Thịnh,false,75,26134,Xã Tà Lài
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26143,Xã Thanh Sơn,false,75,26158,Xã Phú Lâm
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26146,Xã Phú Sơn,false,75,26158,Xã Phú Lâm
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26149,Xã Phú Xuân,false,75,26116,Xã Tân Phú
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26152,Xã Phú Lộc,false,75,26116,Xã Tân Phú
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26155,Xã Phú Lâm,false,75,26158,Xã Phú Lâm
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26158,Xã Phú Bình,false,75,26158,Xã Phú Lâm
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26161,Xã Phú Thanh,false,75,26116,Xã Tân Phú
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26164,Xã Trà Cổ,false,75,26116,Xã Tân Phú
75,Tỉnh Đồng Nai,734,Huyện Tân Phú,26167,Xã Phú Điền,false,75,26221,Xã Phú Hòa
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26170,Thị trấn Vĩnh An,false,75,26170,Xã Trị An
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26173,Xã Phú Lý,false,75,26173,Xã Phú Lý
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26176,Xã Trị An,false,75,26170,Xã Trị An
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26179,Xã Tân An,false,75,26179,Xã Tân An
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26182,Xã Vĩnh Tân,false,75,26179,Xã Tân An
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26185,Xã Bình Lợi,false,75,26188,Phường Tân Triều
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26188,Xã Thạnh Phú,false,75,26188,Phường Tân Triều
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26191,Xã Thiện Tân,false,75,25993,Phường Trảng Dài
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26194,Xã Tân Bình,false,75,26188,Phường Tân Triều
75,Tỉnh Đồng Nai,735,Huyện Vĩnh Cửu,26200,Xã Mã Đà,false,75,26170,Xã Trị An
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26206,Thị trấn Định Quán,false,75,26206,Xã Định Quán
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26209,Xã Thanh Sơn,false,75,26209,Xã Thanh Sơn
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26212,Xã Phú Tân,false,75,26215,Xã Phú Vinh
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26215,Xã Phú Vinh,false,75,26215,Xã Phú Vinh
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26218,Xã Phú Lợi,false,75,26221,Xã Phú Hòa
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26221,Xã Phú Hòa,false,75,26221,Xã Phú Hòa
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26224,Xã Ngọc Định,false,75,26206,Xã Định Quán
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26227,Xã La Ngà,false,75,26227,Xã La Ngà
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26230,Xã Gia Canh,false,75,26206,Xã Định Quán
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26233,Xã Phú Ngọc,false,75,26206,Xã Định Quán
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26236,Xã Phú Cường,false,75,26299,Xã Thống Nhất
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26239,Xã Túc Trưng,false,75,26227,Xã La Ngà
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26242,Xã Phú Túc,false,75,26299,Xã Thống Nhất
75,Tỉnh Đồng Nai,736,Huyện Định Quán,26245,Xã Suối Nho,false,75,26428,Xã Xuân Bắc
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26248,Thị trấn Trảng Bom,false,75,26248,Xã Trảng Bom
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26251,Xã Thanh Bình,false,75,26254,Xã Bàu Hàm
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26254,Xã Cây Gáo,false,75,26254,Xã Bàu Hàm
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26257,Xã Bàu Hàm,false,75,26254,Xã Bàu Hàm
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26260,Xã Sông Thao,false,75,26254,Xã Bàu Hàm
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26263,Xã Sông Trầu,false,75,26248,Xã Trảng Bom
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26266,Xã Đông Hòa,false,75,26281,Xã Hưng Thịnh
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26269,Xã Bắc Sơn,false,75,26278,Xã Bình Minh
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26272,Xã Hố Nai 3,false,75,26005,Phường Hố Nai
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26275,Xã Tây Hòa,false,75,26281,Xã Hưng Thịnh
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26278,Xã Bình Minh,false,75,26278,Xã Bình Minh
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26281,Xã Trung Hòa,false,75,26281,Xã Hưng Thịnh
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26284,Xã Đồi 61,false,75,26296,Xã An Viễn
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26287,Xã Hưng Thịnh,false,75,26281,Xã Hưng Thịnh
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26290,Xã Quảng Tiến,false,75,26248,Xã Trảng Bom
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26293,Xã Giang Điền,false,75,26248,Xã Trảng Bom
75,Tỉnh Đồng Nai,737,Huyện Trảng Bom,26296,Xã An Viễn,false,75,26296,Xã An Viễn
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26299,Xã Gia Tân 1,false,75,26299,Xã Thống Nhất
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26302,Xã Gia Tân 2,false,75,26299,Xã Thống Nhất
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26305,Xã Gia Tân 3,false,75,26311,Xã Gia Kiệm
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26308,Xã Gia Kiệm,false,75,26311,Xã Gia Kiệm
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26311,Xã Quang Trung,false,75,26311,Xã Gia Kiệm
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26314,Xã Bàu Hàm 2,false,75,26326,Xã Dầu Giây
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26317,Xã Hưng Lộc,false,75,26326,Xã Dầu Giây
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26320,Xã Lộ 25,false,75,26326,Xã Dầu Giây
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26323,Xã Xuân Thiện,false,75,26089,Phường Bình Lộc
75,Tỉnh Đồng Nai,738,Huyện Thống Nhất,26326,Thị trấn Dầu Giây,false,75,26326,Xã Dầu Giây
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26329,Xã Sông Nhạn,false,75,26332,Xã Xuân Quế
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26332,Xã Xuân Quế,false,75,26332,Xã Xuân Quế
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26335,Xã Nhân Nghĩa,false,75,26341,Xã Cẩm Mỹ
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26338,Xã Xuân Đường,false,75,26347,Xã Xuân Đường
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26341,Thị trấn Long Giao,false,75,26341,Xã Cẩm Mỹ
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26344,Xã Xuân Mỹ,false,75,26341,Xã Cẩm Mỹ
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26347,Xã Thừa Đức,false,75,26347,Xã Xuân Đường
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26350,Xã Bảo Bình,false,75,26341,Xã Cẩm Mỹ
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26353,Xã Xuân Bảo,false,75,26461,Xã Xuân Định
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26356,Xã Xuân Tây,false,75,26359,Xã Xuân Đông
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26359,Xã Xuân Đông,false,75,26359,Xã Xuân Đông
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26362,Xã Sông Ray,false,75,26362,Xã Sông Ray
75,Tỉnh Đồng Nai,739,Huyện Cẩm Mỹ,26365,Xã Lâm San,false,75,26362,Xã Sông Ray
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26368,Thị trấn Long Thành,false,75,26368,Xã Long Thành
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26383,Xã An Phước,false,75,26383,Xã An Phước
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26386,Xã Bình An,false,75,26389,Xã Bình An
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26389,Xã Long Đức,false,75,26389,Xã Bình An
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26392,Xã Lộc An,false,75,26368,Xã Long Thành
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26395,Xã Bình Sơn,false,75,26368,Xã Long Thành
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26398,Xã Tam An,false,75,26383,Xã An Phước
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26401,Xã Cẩm Đường,false,75,26347,Xã Xuân Đường
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26404,Xã Long An,false,75,26368,Xã Long Thành
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26410,Xã Bàu Cạn,false,75,26413,Xã Long Phước
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26413,Xã Long Phước,false,75,26413,Xã Long Phước
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26416,Xã Phước Bình,false,75,26422,Xã Phước Thái
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26419,Xã Tân Hiệp,false,75,26422,Xã Phước Thái
75,Tỉnh Đồng Nai,740,Huyện Long Thành,26422,Xã Phước Thái,false,75,26422,Xã Phước Thái
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26425,Thị trấn Gia Ray,false,75,26425,Xã Xuân Lộc
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26428,Xã Xuân Bắc,false,75,26428,Xã Xuân Bắc
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26431,Xã Suối Cao,false,75,26434,Xã Xuân Thành
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26434,Xã Xuân Thành,false,75,26434,Xã Xuân Thành
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26437,Xã Xuân Thọ,false,75,26425,Xã Xuân Lộc
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26440,Xã Xuân Trường,false,75,26425,Xã Xuân Lộc
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26443,Xã Xuân Hòa,false,75,26446,Xã Xuân Hòa
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26446,Xã Xuân Hưng,false,75,26446,Xã Xuân Hòa
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26449,Xã Xuân Tâm,true,75,26359,Xã Xuân Đông
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26449,Xã Xuân Tâm,true,75,26446,Xã Xuân Hòa
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26452,Xã Suối Cát,false,75,26425,Xã Xuân Lộc
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26455,Xã Xuân Hiệp,false,75,26425,Xã Xuân Lộc
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26458,Xã Xuân Phú,false,75,26458,Xã Xuân Phú
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26461,Xã Xuân Định,false,75,26461,Xã Xuân Định
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26464,Xã Bảo Hòa,false,75,26461,Xã Xuân Định
75,Tỉnh Đồng Nai,741,Huyện Xuân Lộc,26467,Xã Lang Minh,false,75,26458,Xã Xuân Phú
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26470,Xã Phước Thiền,false,75,26485,Xã Nhơn Trạch
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26473,Xã Long Tân,false,75,26485,Xã Nhơn Trạch
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26476,Xã Đại Phước,false,75,26491,Xã Đại Phước
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26479,Thị trấn Hiệp Phước,false,75,26485,Xã Nhơn Trạch
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26482,Xã Phú Hữu,false,75,26491,Xã Đại Phước
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26485,Xã Phú Hội,false,75,26485,Xã Nhơn Trạch
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26488,Xã Phú Thạnh,false,75,26485,Xã Nhơn Trạch
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26491,Xã Phú Đông,false,75,26491,Xã Đại Phước
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26494,Xã Long Thọ,false,75,26503,Xã Phước An
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26497,Xã Vĩnh Thanh,false,75,26503,Xã Phước An
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26500,Xã Phước Khánh,false,75,26491,Xã Đại Phước
75,Tỉnh Đồng Nai,742,Huyện Nhơn Trạch,26503,Xã Phước An,false,75,26503,Xã Phước An
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26506,Phường 1,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26508,Phường Thắng Tam,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26509,Phường 2,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26512,Phường 3,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26515,Phường 4,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26518,Phường 5,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26521,Phường Thắng Nhì,false,79,26506,Phường Vũng Tàu
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26524,Phường 7,false,79,26526,Phường Tam Thắng
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26526,Phường Nguyễn An Ninh,false,79,26526,Phường Tam Thắng
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26527,Phường 8,false,79,26526,Phường Tam Thắng
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26530,Phường 9,false,79,26526,Phường Tam Thắng
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26533,Phường Thắng Nhất,false,79,26536,Phường Rạch Dừa
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26535,Phường Rạch Dừa,false,79,26536,Phường Rạch Dừa
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26536,Phường 10,false,79,26536,Phường Rạch Dừa
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26539,Phường 11,false,79,26542,Phường Phước Thắng
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26542,Phường 12,false,79,26542,Phường Phước Thắng
77,Tỉnh Bà Rịa - Vũng Tàu,747,Thành phố Vũng Tàu,26545,Xã Long Sơn,false,79,26545,Xã Long Sơn
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26548,Phường Phước Hưng,false,79,26560,Phường Bà Rịa
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26554,Phường Phước Nguyên,false,79,26560,Phường Bà Rịa
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26557,Phường Long Toàn,false,79,26560,Phường Bà Rịa
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26558,Phường Long Tâm,false,79,26572,Phường Tam Long
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26560,Phường Phước Trung,false,79,26560,Phường Bà Rịa
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26563,Phường Long Hương,false,79,26566,Phường Long Hương
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26566,Phường Kim Dinh,false,79,26566,Phường Long Hương
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26567,Xã Tân Hưng,false,79,26566,Phường Long Hương
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26569,Xã Long Phước,false,79,26572,Phường Tam Long
77,Tỉnh Bà Rịa - Vũng Tàu,748,Thành phố Bà Rịa,26572,Xã Hòa Long,false,79,26572,Phường Tam Long
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26574,Xã Bàu Chinh,false,79,26608,Xã Kim Long
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26575,Thị trấn Ngãi Giao,false,79,26575,Xã Ngãi Giao
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26578,Xã Bình Ba,false,79,26575,Xã Ngãi Giao
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26581,Xã Suối Nghệ,false,79,26575,Xã Ngãi Giao
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26584,Xã Xuân Sơn,false,79,26584,Xã Xuân Sơn
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26587,Xã Sơn Bình,false,79,26584,Xã Xuân Sơn
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26590,Xã Bình Giã,false,79,26590,Xã Bình Giã
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26593,Xã Bình Trung,false,79,26590,Xã Bình Giã
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26596,Xã Xà Bang,false,79,26596,Xã Châu Đức
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26599,Xã Cù Bị,false,79,26596,Xã Châu Đức
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26602,Xã Láng Lớn,false,79,26608,Xã Kim Long
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26605,Xã Quảng Thành,false,79,26590,Xã Bình Giã
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26608,Thị trấn Kim Long,false,79,26608,Xã Kim Long
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26611,Xã Suối Rao,false,79,26584,Xã Xuân Sơn
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26614,Xã Đá Bạc,false,79,26617,Xã Nghĩa Thành
77,Tỉnh Bà Rịa - Vũng Tàu,750,Huyện Châu Đức,26617,Xã Nghĩa Thành,false,79,26617,Xã Nghĩa Thành
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26620,Thị trấn Phước Bửu,false,79,26620,Xã Hồ Tràm
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26623,Xã Phước Thuận,false,79,26620,Xã Hồ Tràm
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26626,Xã Phước Tân,false,79,26620,Xã Hồ Tràm
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26629,Xã Xuyên Mộc,false,79,26632,Xã Xuyên Mộc
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26632,Xã Bông Trang,false,79,26632,Xã Xuyên Mộc
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26635,Xã Tân Lâm,false,79,26638,Xã Bàu Lâm
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26638,Xã Bàu Lâm,false,79,26638,Xã Bàu Lâm
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26641,Xã Hòa Bình,false,79,26641,Xã Hòa Hội
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26644,Xã Hòa Hưng,false,79,26641,Xã Hòa Hội
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26647,Xã Hòa Hiệp,false,79,26647,Xã Hòa Hiệp
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26650,Xã Hòa Hội,false,79,26641,Xã Hòa Hội
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26653,Xã Bưng Riềng,false,79,26632,Xã Xuyên Mộc
77,Tỉnh Bà Rịa - Vũng Tàu,751,Huyện Xuyên Mộc,26656,Xã Bình Châu,false,79,26656,Xã Bình Châu
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26659,Thị trấn Long Điền,false,79,26659,Xã Long Điền
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26662,Thị trấn Long Hải,false,79,26662,Xã Long Hải
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26668,Xã Tam An,false,79,26659,Xã Long Điền
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26674,Xã Phước Tỉnh,false,79,26662,Xã Long Hải
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26677,Xã Phước Hưng,false,79,26662,Xã Long Hải
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26680,Thị trấn Đất Đỏ,false,79,26680,Xã Đất Đỏ
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26683,Xã Phước Long Thọ,false,79,26680,Xã Đất Đỏ
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26686,Xã Phước Hội,false,79,26686,Xã Phước Hải
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26689,Thị trấn Phước Hải,false,79,26686,Xã Phước Hải
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26695,Xã Long Tân,false,79,26680,Xã Đất Đỏ
77,Tỉnh Bà Rịa - Vũng Tàu,753,Huyện Long Đất,26698,Xã Láng Dài,false,79,26680,Xã Đất Đỏ
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26704,Phường Phú Mỹ,false,79,26704,Phường Phú Mỹ
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26707,Phường Tân Hòa,false,79,26710,Phường Tân Hải
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26710,Phường Tân Hải,false,79,26710,Phường Tân Hải
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26713,Phường Phước Hòa,false,79,26713,Phường Tân Phước
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26716,Phường Tân Phước,false,79,26713,Phường Tân Phước
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26719,Phường Mỹ Xuân,false,79,26704,Phường Phú Mỹ
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26722,Xã Sông Xoài,false,79,26725,Phường Tân Thành
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26725,Phường Hắc Dịch,false,79,26725,Phường Tân Thành
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26728,Xã Châu Pha,false,79,26728,Xã Châu Pha
77,Tỉnh Bà Rịa - Vũng Tàu,754,Thành phố Phú Mỹ,26731,Xã Tóc Tiên,false,79,26728,Xã Châu Pha
77,Tỉnh Bà Rịa - Vũng Tàu,755,Huyện Côn Đảo,,,false,79,26732,Đặc khu Côn Đảo
79,Thành phố Hồ Chí Minh,760,Quận 1,26734,Phường Tân Định,false,79,26737,Phường Tân Định
79,Thành phố Hồ Chí Minh,760,Quận 1,26737,Phường Đa Kao,true,79,26740,Phường Sài Gòn
79,Thành phố Hồ Chí Minh,760,Quận 1,26737,Phường Đa Kao,true,79,26737,Phường Tân Định
79,Thành phố Hồ Chí Minh,760,Quận 1,26740,Phường Bến Nghé,false,79,26740,Phường Sài Gòn
79,Thành phố Hồ Chí Minh,760,Quận 1,26743,Phường Bến Thành,false,79,26743,Phường Bến Thành
79,Thành phố Hồ Chí Minh,760,Quận 1,26746,Phường Nguyễn Thái Bình,true,79,26743,Phường Bến Thành
79,Thành phố Hồ Chí Minh,760,Quận 1,26746,Phường Nguyễn Thái Bình,true,79,26740,Phường Sài Gòn
79,Thành phố Hồ Chí Minh,760,Quận 1,26749,Phường Phạm Ngũ Lão,false,79,26743,Phường Bến Thành
79,Thành phố Hồ Chí Minh,760,Quận 1,26752,Phường Cầu Ông Lãnh,true,79,26743,Phường Bến Thành
79,Thành phố Hồ Chí Minh,760,Quận 1,26752,Phường Cầu Ông Lãnh,true,79,26758,Phường Cầu Ông Lãnh
79,Thành phố Hồ Chí Minh,760,Quận 1,26755,Phường Cô Giang,false,79,26758,Phường Cầu Ông Lãnh
79,Thành phố Hồ Chí Minh,760,Quận 1,26758,Phường Nguyễn Cư Trinh,false,79,26758,Phường Cầu Ông Lãnh
79,Thành phố Hồ Chí Minh,760,Quận 1,26761,Phường Cầu Kho,false,79,26758,Phường Cầu Ông Lãnh
79,Thành phố Hồ Chí Minh,761,Quận 12,26764,Phường Thạnh Xuân,false,79,26773,Phường Thới An
79,Thành phố Hồ Chí Minh,761,Quận 12,26767,Phường Thạnh Lộc,false,79,26767,Phường An Phú Đông
79,Thành phố Hồ Chí Minh,761,Quận 12,26770,Phường Hiệp Thành,false,79,26782,Phường Tân Thới Hiệp
79,Thành phố Hồ Chí Minh,761,Quận 12,26773,Phường Thới An,false,79,26773,Phường Thới An
79,Thành phố Hồ Chí Minh,761,Quận 12,26776,Phường Tân Chánh Hiệp,false,79,26785,Phường Trung Mỹ Tây
79,Thành phố Hồ Chí Minh,761,Quận 12,26779,Phường An Phú Đông,false,79,26767,Phường An Phú Đông
79,Thành phố Hồ Chí Minh,761,Quận 12,26782,Phường Tân Thới Hiệp,false,79,26782,Phường Tân Thới Hiệp
79,Thành phố Hồ Chí Minh,761,Quận 12,26785,Phường Trung Mỹ Tây,false,79,26785,Phường Trung Mỹ Tây
79,Thành phố Hồ Chí Minh,761,Quận 12,26787,Phường Tân Hưng Thuận,false,79,26791,Phường Đông Hưng Thuận
79,Thành phố Hồ Chí Minh,761,Quận 12,26788,Phường Đông Hưng Thuận,false,79,26791,Phường Đông Hưng Thuận
79,Thành phố Hồ Chí Minh,761,Quận 12,26791,Phường Tân Thới Nhất,false,79,26791,Phường Đông Hưng Thuận
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26872,Phường 15,false,79,26878,Phường An Hội Đông
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26875,Phường 17,false,79,26884,Phường Gò Vấp
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26876,Phường 6,false,79,26876,Phường An Nhơn
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26878,Phường 16,false,79,26878,Phường An Hội Đông
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26881,Phường 12,false,79,26882,Phường An Hội Tây
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26882,Phường 14,false,79,26882,Phường An Hội Tây
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26884,Phường 10,false,79,26884,Phường Gò Vấp
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26887,Phường 5,false,79,26876,Phường An Nhơn
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26890,Phường 1,false,79,26890,Phường Hạnh Thông
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26898,Phường 8,false,79,26898,Phường Thông Tây Hội
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26899,Phường 11,false,79,26898,Phường Thông Tây Hội
79,Thành phố Hồ Chí Minh,764,Quận Gò Vấp,26902,Phường 3,false,79,26890,Phường Hạnh Thông
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26905,Phường 13,false,79,26905,Phường Bình Lợi Trung
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26908,Phường 11,false,79,26905,Phường Bình Lợi Trung
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26911,Phường 27,false,79,26911,Phường Bình Quới
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26914,Phường 26,false,79,26929,Phường Bình Thạnh
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26917,Phường 12,false,79,26929,Phường Bình Thạnh
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26920,Phường 25,false,79,26956,Phường Thạnh Mỹ Tây
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26923,Phường 5,false,79,26905,Phường Bình Lợi Trung
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26926,Phường 7,false,79,26944,Phường Gia Định
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26929,Phường 14,false,79,26929,Phường Bình Thạnh
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26941,Phường 2,false,79,26944,Phường Gia Định
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26944,Phường 1,false,79,26944,Phường Gia Định
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26950,Phường 17,false,79,26944,Phường Gia Định
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26953,Phường 19,false,79,26956,Phường Thạnh Mỹ Tây
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26956,Phường 22,false,79,26956,Phường Thạnh Mỹ Tây
79,Thành phố Hồ Chí Minh,765,Quận Bình Thạnh,26962,Phường 28,false,79,26911,Phường Bình Quới
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26965,Phường 2,false,79,26977,Phường Tân Sơn Hòa
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26968,Phường 4,false,79,26968,Phường Tân Sơn Nhất
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26971,Phường 12,false,79,26983,Phường Bảy Hiền
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26974,Phường 13,false,79,27004,Phường Tân Bình
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26977,Phường 1,false,79,26977,Phường Tân Sơn Hòa
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26980,Phường 3,false,79,26977,Phường Tân Sơn Hòa
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26983,Phường 11,false,79,26983,Phường Bảy Hiền
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26986,Phường 7,false,79,26968,Phường Tân Sơn Nhất
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26989,Phường 5,false,79,26968,Phường Tân Sơn Nhất
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26992,Phường 10,false,79,26983,Phường Bảy Hiền
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26995,Phường 6,false,79,26995,Phường Tân Hòa
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,26998,Phường 8,false,79,26995,Phường Tân Hòa
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,27001,Phường 9,false,79,26995,Phường Tân Hòa
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,27004,Phường 14,false,79,27004,Phường Tân Bình
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,27007,Phường 15,true,79,27004,Phường Tân Bình
79,Thành phố Hồ Chí Minh,766,Quận Tân Bình,27007,Phường 15,true,79,27007,Phường Tân Sơn
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27010,Phường Tân Sơn Nhì,false,79,27019,Phường Tân Sơn Nhì
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27013,Phường Tây Thạnh,false,79,27013,Phường Tây Thạnh
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27016,Phường Sơn Kỳ,true,79,27439,Phường Bình Hưng Hòa
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27016,Phường Sơn Kỳ,true,79,27019,Phường Tân Sơn Nhì
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27016,Phường Sơn Kỳ,true,79,27013,Phường Tây Thạnh
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27019,Phường Tân Quý,true,79,27022,Phường Phú Thọ Hòa
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27019,Phường Tân Quý,true,79,27019,Phường Tân Sơn Nhì
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27022,Phường Tân Thành,true,79,27022,Phường Phú Thọ Hòa
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27022,Phường Tân Thành,true,79,27031,Phường Tân Phú
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27022,Phường Tân Thành,true,79,27019,Phường Tân Sơn Nhì
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27025,Phường Phú Thọ Hòa,false,79,27022,Phường Phú Thọ Hòa
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27028,Phường Phú Thạnh,false,79,27028,Phường Phú Thạnh
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27031,Phường Phú Trung,false,79,27031,Phường Tân Phú
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27034,Phường Hòa Thạnh,false,79,27031,Phường Tân Phú
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27037,Phường Hiệp Tân,false,79,27028,Phường Phú Thạnh
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27040,Phường Tân Thới Hòa,true,79,27028,Phường Phú Thạnh
79,Thành phố Hồ Chí Minh,767,Quận Tân Phú,27040,Phường Tân Thới Hòa,true,79,27031,Phường Tân Phú
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27043,Phường 4,false,79,27043,Phường Đức Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27046,Phường 5,false,79,27043,Phường Đức Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27049,Phường 9,false,79,27043,Phường Đức Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27052,Phường 7,false,79,27058,Phường Cầu Kiệu
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27058,Phường 1,false,79,27058,Phường Cầu Kiệu
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27061,Phường 2,false,79,27058,Phường Cầu Kiệu
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27064,Phường 8,false,79,27073,Phường Phú Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27070,Phường 10,false,79,27073,Phường Phú Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27073,Phường 11,false,79,27073,Phường Phú Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27076,Phường 15,true,79,27058,Phường Cầu Kiệu
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27076,Phường 15,true,79,27073,Phường Phú Nhuận
79,Thành phố Hồ Chí Minh,768,Quận Phú Nhuận,27085,Phường 13,false,79,27073,Phường Phú Nhuận
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26794,Phường Linh Xuân,false,79,26800,Phường Linh Xuân
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26797,Phường Bình Chiểu,false,79,26803,Phường Tam Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26800,Phường Linh Trung,false,79,26800,Phường Linh Xuân
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26803,Phường Tam Bình,false,79,26803,Phường Tam Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26806,Phường Tam Phú,false,79,26803,Phường Tam Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26809,Phường Hiệp Bình Phước,false,79,26809,Phường Hiệp Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26812,Phường Hiệp Bình Chánh,false,79,26809,Phường Hiệp Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26815,Phường Linh Chiểu,false,79,26824,Phường Thủ Đức
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26818,Phường Linh Tây,true,79,26800,Phường Linh Xuân
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26818,Phường Linh Tây,true,79,26824,Phường Thủ Đức
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26821,Phường Linh Đông,true,79,26809,Phường Hiệp Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26821,Phường Linh Đông,true,79,26824,Phường Thủ Đức
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26824,Phường Bình Thọ,false,79,26824,Phường Thủ Đức
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26827,Phường Trường Thọ,false,79,26824,Phường Thủ Đức
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26830,Phường Long Bình,false,79,26833,Phường Long Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26833,Phường Long Thạnh Mỹ,true,79,26833,Phường Long Bình
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26833,Phường Long Thạnh Mỹ,true,79,26842,Phường Tăng Nhơn Phú
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26836,Phường Tân Phú,false,79,26842,Phường Tăng Nhơn Phú
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26839,Phường Hiệp Phú,false,79,26842,Phường Tăng Nhơn Phú
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26842,Phường Tăng Nhơn Phú A,false,79,26842,Phường Tăng Nhơn Phú
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26845,Phường Tăng Nhơn Phú B,false,79,26842,Phường Tăng Nhơn Phú
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26848,Phường Phước Long B,false,79,26848,Phường Phước Long
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26851,Phường Phước Long A,false,79,26848,Phường Phước Long
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26854,Phường Trường Thạnh,false,79,26857,Phường Long Phước
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26857,Phường Long Phước,false,79,26857,Phường Long Phước
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26860,Phường Long Trường,false,79,26860,Phường Long Trường
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26863,Phường Phước Bình,false,79,26848,Phường Phước Long
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26866,Phường Phú Hữu,false,79,26860,Phường Long Trường
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27088,Phường Thảo Điền,false,79,27094,Phường An Khánh
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27091,Phường An Phú,true,79,27094,Phường An Khánh
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27091,Phường An Phú,true,79,27097,Phường Bình Trưng
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27094,Phường An Khánh,false,79,27094,Phường An Khánh
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27097,Phường Bình Trưng Đông,false,79,27097,Phường Bình Trưng
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27100,Phường Bình Trưng Tây,false,79,27097,Phường Bình Trưng
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27109,Phường Cát Lái,false,79,27112,Phường Cát Lái
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27112,Phường Thạnh Mỹ Lợi,false,79,27112,Phường Cát Lái
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27115,Phường An Lợi Đông,false,79,27094,Phường An Khánh
79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,27118,Phường Thủ Thiêm,false,79,27094,Phường An Khánh
79,Thành phố Hồ Chí Minh,770,Quận 3,27127,Phường 14,false,79,27142,Phường Nhiêu Lộc
79,Thành phố Hồ Chí Minh,770,Quận 3,27130,Phường 12,false,79,27142,Phường Nhiêu Lộc
79,Thành phố Hồ Chí Minh,770,Quận 3,27133,Phường 11,false,79,27142,Phường Nhiêu Lộc
79,Thành phố Hồ Chí Minh,770,Quận 3,27139,Phường Võ Thị Sáu,false,79,27139,Phường Xuân Hòa
79,Thành phố Hồ Chí Minh,770,Quận 3,27142,Phường 9,false,79,27142,Phường Nhiêu Lộc
79,Thành phố Hồ Chí Minh,770,Quận 3,27148,Phường 4,true,79,27154,Phường Bàn Cờ
79,Thành phố Hồ Chí Minh,770,Quận 3,27148,Phường 4,true,79,27139,Phường Xuân Hòa
79,Thành phố Hồ Chí Minh,770,Quận 3,27151,Phường 5,false,79,27154,Phường Bàn Cờ
79,Thành phố Hồ Chí Minh,770,Quận 3,27154,Phường 3,false,79,27154,Phường Bàn Cờ
79,Thành phố Hồ Chí Minh,770,Quận 3,27157,Phường 2,false,79,27154,Phường Bàn Cờ
79,Thành phố Hồ Chí Minh,770,Quận 3,27160,Phường 1,false,79,27154,Phường Bàn Cờ
79,Thành phố Hồ Chí Minh,771,Quận 10,27163,Phường 15,false,79,27163,Phường Hòa Hưng
79,Thành phố Hồ Chí Minh,771,Quận 10,27166,Phường 13,false,79,27163,Phường Hòa Hưng
79,Thành phố Hồ Chí Minh,771,Quận 10,27169,Phường 14,true,79,27169,Phường Diên Hồng
79,Thành phố Hồ Chí Minh,771,Quận 10,27169,Phường 14,true,79,27163,Phường Hòa Hưng
79,Thành phố Hồ Chí Minh,771,Quận 10,27172,Phường 12,false,79,27163,Phường Hòa Hưng
79,Thành phố Hồ Chí Minh,771,Quận 10,27178,Phường 10,false,79,27190,Phường Vườn Lài
79,Thành phố Hồ Chí Minh,771,Quận 10,27181,Phường 9,false,79,27190,Phường Vườn Lài
79,Thành phố Hồ Chí Minh,771,Quận 10,27184,Phường 1,false,79,27190,Phường Vườn Lài
79,Thành phố Hồ Chí Minh,771,Quận 10,27187,Phường 8,false,79,27169,Phường Diên Hồng
79,Thành phố Hồ Chí Minh,771,Quận 10,27190,Phường 2,false,79,27190,Phường Vườn Lài
79,Thành phố Hồ Chí Minh,771,Quận 10,27193,Phường 4,false,79,27190,Phường Vườn Lài
79,Thành phố Hồ Chí Minh,771,Quận 10,27202,Phường 6,false,79,27169,Phường Diên Hồng
79,Thành phố Hồ Chí Minh,772,Quận 11,27208,Phường 15,false,79,27226,Phường Phú Thọ
79,Thành phố Hồ Chí Minh,772,Quận 11,27211,Phường 5,false,79,27211,Phường Hòa Bình
79,Thành phố Hồ Chí Minh,772,Quận 11,27214,Phường 14,false,79,27211,Phường Hòa Bình
79,Thành phố Hồ Chí Minh,772,Quận 11,27220,Phường 3,false,79,27232,Phường Bình Thới
79,Thành phố Hồ Chí Minh,772,Quận 11,27226,Phường 11,false,79,27226,Phường Phú Thọ
79,Thành phố Hồ Chí Minh,772,Quận 11,27229,Phường 8,true,79,27232,Phường Bình Thới
79,Thành phố Hồ Chí Minh,772,Quận 11,27229,Phường 8,true,79,27226,Phường Phú Thọ
79,Thành phố Hồ Chí Minh,772,Quận 11,27232,Phường 10,false,79,27232,Phường Bình Thới
79,Thành phố Hồ Chí Minh,772,Quận 11,27238,Phường 7,false,79,27238,Phường Minh Phụng
79,Thành phố Hồ Chí Minh,772,Quận 11,27247,Phường 1,false,79,27238,Phường Minh Phụng
79,Thành phố Hồ Chí Minh,772,Quận 11,27253,Phường 16,false,79,27238,Phường Minh Phụng
79,Thành phố Hồ Chí Minh,773,Quận 4,27259,Phường 13,false,79,27259,Phường Xóm Chiếu
79,Thành phố Hồ Chí Minh,773,Quận 4,27265,Phường 9,false,79,27265,Phường Khánh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27271,Phường 8,false,79,27265,Phường Khánh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27277,Phường 18,false,79,27259,Phường Xóm Chiếu
79,Thành phố Hồ Chí Minh,773,Quận 4,27283,Phường 4,true,79,27265,Phường Khánh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27283,Phường 4,true,79,27286,Phường Vĩnh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27286,Phường 3,false,79,27286,Phường Vĩnh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27289,Phường 16,false,79,27259,Phường Xóm Chiếu
79,Thành phố Hồ Chí Minh,773,Quận 4,27292,Phường 2,true,79,27265,Phường Khánh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27292,Phường 2,true,79,27286,Phường Vĩnh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27295,Phường 15,true,79,27265,Phường Khánh Hội
79,Thành phố Hồ Chí Minh,773,Quận 4,27295,Phường 15,true,79,27259,Phường Xóm Chiếu
79,Thành phố Hồ Chí Minh,773,Quận 4,27298,Phường 1,false,79,27286,Phường Vĩnh Hội
79,Thành phố Hồ Chí Minh,774,Quận 5,27301,Phường 4,false,79,27301,Phường Chợ Quán
79,Thành phố Hồ Chí Minh,774,Quận 5,27304,Phường 9,false,79,27316,Phường An Đông
79,Thành phố Hồ Chí Minh,774,Quận 5,27307,Phường 2,false,79,27301,Phường Chợ Quán
79,Thành phố Hồ Chí Minh,774,Quận 5,27310,Phường 12,false,79,27343,Phường Chợ Lớn
79,Thành phố Hồ Chí Minh,774,Quận 5,27316,Phường 7,false,79,27316,Phường An Đông
79,Thành phố Hồ Chí Minh,774,Quận 5,27325,Phường 1,false,79,27301,Phường Chợ Quán
79,Thành phố Hồ Chí Minh,774,Quận 5,27328,Phường 11,false,79,27343,Phường Chợ Lớn
79,Thành phố Hồ Chí Minh,774,Quận 5,27331,Phường 14,false,79,27343,Phường Chợ Lớn
79,Thành phố Hồ Chí Minh,774,Quận 5,27334,Phường 5,false,79,27316,Phường An Đông
79,Thành phố Hồ Chí Minh,774,Quận 5,27343,Phường 13,false,79,27343,Phường Chợ Lớn
79,Thành phố Hồ Chí Minh,775,Quận 6,27346,Phường 14,false,79,27349,Phường Phú Lâm
79,Thành phố Hồ Chí Minh,775,Quận 6,27349,Phường 13,false,79,27349,Phường Phú Lâm
79,Thành phố Hồ Chí Minh,775,Quận 6,27352,Phường 9,false,79,27367,Phường Bình Tây
79,Thành phố Hồ Chí Minh,775,Quận 6,27358,Phường 12,false,79,27349,Phường Phú Lâm
79,Thành phố Hồ Chí Minh,775,Quận 6,27364,Phường 11,false,79,27364,Phường Bình Phú
79,Thành phố Hồ Chí Minh,775,Quận 6,27367,Phường 2,false,79,27367,Phường Bình Tây
79,Thành phố Hồ Chí Minh,775,Quận 6,27373,Phường 1,false,79,27373,Phường Bình Tiên
79,Thành phố Hồ Chí Minh,775,Quận 6,27376,Phường 8,false,79,27373,Phường Bình Tiên
79,Thành phố Hồ Chí Minh,775,Quận 6,27382,Phường 7,false,79,27373,Phường Bình Tiên
79,Thành phố Hồ Chí Minh,775,Quận 6,27385,Phường 10,false,79,27364,Phường Bình Phú
79,Thành phố Hồ Chí Minh,776,Quận 8,27397,Phường Rạch Ông,false,79,27418,Phường Chánh Hưng
79,Thành phố Hồ Chí Minh,776,Quận 8,27403,Phường Hưng Phú,false,79,27418,Phường Chánh Hưng
79,Thành phố Hồ Chí Minh,776,Quận 8,27409,Phường 4,false,79,27418,Phường Chánh Hưng
79,Thành phố Hồ Chí Minh,776,Quận 8,27415,Phường Xóm Củi,false,79,27427,Phường Phú Định
79,Thành phố Hồ Chí Minh,776,Quận 8,27418,Phường 5,true,79,27424,Phường Bình Đông
79,Thành phố Hồ Chí Minh,776,Quận 8,27418,Phường 5,true,79,27418,Phường Chánh Hưng
79,Thành phố Hồ Chí Minh,776,Quận 8,27421,Phường 14,false,79,27427,Phường Phú Định
79,Thành phố Hồ Chí Minh,776,Quận 8,27424,Phường 6,false,79,27424,Phường Bình Đông
79,Thành phố Hồ Chí Minh,776,Quận 8,27427,Phường 15,false,79,27427,Phường Phú Định
79,Thành phố Hồ Chí Minh,776,Quận 8,27430,Phường 16,true,79,27364,Phường Bình Phú
79,Thành phố Hồ Chí Minh,776,Quận 8,27430,Phường 16,true,79,27427,Phường Phú Định
79,Thành phố Hồ Chí Minh,776,Quận 8,27430,Phường 16,true,79,27595,Xã Tân Nhựt
79,Thành phố Hồ Chí Minh,776,Quận 8,27433,Phường 7,true,79,27424,Phường Bình Đông
79,Thành phố Hồ Chí Minh,776,Quận 8,27433,Phường 7,true,79,27619,Xã Bình Hưng
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27436,Phường Bình Hưng Hòa,false,79,27439,Phường Bình Hưng Hòa
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27439,Phường Bình Hưng Hòa A,true,79,27439,Phường Bình Hưng Hòa
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27439,Phường Bình Hưng Hòa A,true,79,27448,Phường Bình Trị Đông
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27442,Phường Bình Hưng Hòa B,false,79,27442,Phường Bình Tân
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27445,Phường Bình Trị Đông,false,79,27448,Phường Bình Trị Đông
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27448,Phường Bình Trị Đông A,true,79,27442,Phường Bình Tân
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27448,Phường Bình Trị Đông A,true,79,27448,Phường Bình Trị Đông
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27451,Phường Bình Trị Đông B,false,79,27460,Phường An Lạc
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27454,Phường Tân Tạo,true,79,27442,Phường Bình Tân
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27454,Phường Tân Tạo,true,79,27457,Phường Tân Tạo
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27454,Phường Tân Tạo,true,79,27604,Xã Tân Vĩnh Lộc
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27457,Phường Tân Tạo A,true,79,27457,Phường Tân Tạo
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27457,Phường Tân Tạo A,true,79,27595,Xã Tân Nhựt
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27460,Phường An Lạc,false,79,27460,Phường An Lạc
79,Thành phố Hồ Chí Minh,777,Quận Bình Tân,27463,Phường An Lạc A,false,79,27460,Phường An Lạc
79,Thành phố Hồ Chí Minh,778,Quận 7,27466,Phường Tân Thuận Đông,false,79,27478,Phường Tân Thuận
79,Thành phố Hồ Chí Minh,778,Quận 7,27469,Phường Tân Thuận Tây,false,79,27478,Phường Tân Thuận
79,Thành phố Hồ Chí Minh,778,Quận 7,27472,Phường Tân Kiểng,false,79,27475,Phường Tân Hưng
79,Thành phố Hồ Chí Minh,778,Quận 7,27475,Phường Tân Hưng,false,79,27475,Phường Tân Hưng
79,Thành phố Hồ Chí Minh,778,Quận 7,27478,Phường Bình Thuận,false,79,27478,Phường Tân Thuận
79,Thành phố Hồ Chí Minh,778,Quận 7,27481,Phường Tân Quy,false,79,27475,Phường Tân Hưng
79,Thành phố Hồ Chí Minh,778,Quận 7,27484,Phường Phú Thuận,false,79,27484,Phường Phú Thuận
79,Thành phố Hồ Chí Minh,778,Quận 7,27487,Phường Tân Phú,false,79,27487,Phường Tân Mỹ
79,Thành phố Hồ Chí Minh,778,Quận 7,27490,Phường Tân Phong,false,79,27475,Phường Tân Hưng
79,Thành phố Hồ Chí Minh,778,Quận 7,27493,Phường Phú Mỹ,true,79,27484,Phường Phú Thuận
79,Thành phố Hồ Chí Minh,778,Quận 7,27493,Phường Phú Mỹ,true,79,27487,Phường Tân Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27496,Thị trấn Củ Chi,false,79,27496,Xã Tân An Hội
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27499,Xã Phú Mỹ Hưng,false,79,27508,Xã An Nhơn Tây
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27502,Xã An Phú,false,79,27508,Xã An Nhơn Tây
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27505,Xã Trung Lập Thượng,false,79,27526,Xã Thái Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27508,Xã An Nhơn Tây,false,79,27508,Xã An Nhơn Tây
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27511,Xã Nhuận Đức,false,79,27511,Xã Nhuận Đức
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27514,Xã Phạm Văn Cội,false,79,27511,Xã Nhuận Đức
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27517,Xã Phú Hòa Đông,false,79,27541,Xã Phú Hòa Đông
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27520,Xã Trung Lập Hạ,false,79,27511,Xã Nhuận Đức
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27523,Xã Trung An,false,79,27544,Xã Bình Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27526,Xã Phước Thạnh,false,79,27526,Xã Thái Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27529,Xã Phước Hiệp,false,79,27496,Xã Tân An Hội
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27532,Xã Tân An Hội,false,79,27496,Xã Tân An Hội
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27535,Xã Phước Vĩnh An,false,79,27553,Xã Củ Chi
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27538,Xã Thái Mỹ,false,79,27526,Xã Thái Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27541,Xã Tân Thạnh Tây,false,79,27541,Xã Phú Hòa Đông
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27544,Xã Hòa Phú,false,79,27544,Xã Bình Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27547,Xã Tân Thạnh Đông,false,79,27541,Xã Phú Hòa Đông
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27550,Xã Bình Mỹ,false,79,27544,Xã Bình Mỹ
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27553,Xã Tân Phú Trung,false,79,27553,Xã Củ Chi
79,Thành phố Hồ Chí Minh,783,Huyện Củ Chi,27556,Xã Tân Thông Hội,false,79,27553,Xã Củ Chi
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27559,Thị trấn Hóc Môn,false,79,27559,Xã Hóc Môn
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27562,Xã Tân Hiệp,false,79,27559,Xã Hóc Môn
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27565,Xã Nhị Bình,false,79,27568,Xã Đông Thạnh
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27568,Xã Đông Thạnh,false,79,27568,Xã Đông Thạnh
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27571,Xã Tân Thới Nhì,false,79,27577,Xã Xuân Thới Sơn
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27574,Xã Thới Tam Thôn,false,79,27568,Xã Đông Thạnh
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27577,Xã Xuân Thới Sơn,false,79,27577,Xã Xuân Thới Sơn
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27580,Xã Tân Xuân,false,79,27559,Xã Hóc Môn
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27583,Xã Xuân Thới Đông,false,79,27577,Xã Xuân Thới Sơn
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27586,Xã Trung Chánh,false,79,27592,Xã Bà Điểm
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27589,Xã Xuân Thới Thượng,false,79,27592,Xã Bà Điểm
79,Thành phố Hồ Chí Minh,784,Huyện Hóc Môn,27592,Xã Bà Điểm,false,79,27592,Xã Bà Điểm
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27595,Thị trấn Tân Túc,false,79,27595,Xã Tân Nhựt
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27598,Xã Phạm Văn Hai,true,79,27604,Xã Tân Vĩnh Lộc
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27598,Xã Phạm Văn Hai,true,79,27601,Xã Vĩnh Lộc
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27601,Xã Vĩnh Lộc A,false,79,27601,Xã Vĩnh Lộc
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27604,Xã Vĩnh Lộc B,false,79,27604,Xã Tân Vĩnh Lộc
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27607,Xã Bình Lợi,false,79,27610,Xã Bình Lợi
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27610,Xã Lê Minh Xuân,false,79,27610,Xã Bình Lợi
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27613,Xã Tân Nhựt,false,79,27595,Xã Tân Nhựt
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27616,Xã Tân Kiên,true,79,27457,Phường Tân Tạo
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27616,Xã Tân Kiên,true,79,27595,Xã Tân Nhựt
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27619,Xã Bình Hưng,false,79,27619,Xã Bình Hưng
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27622,Xã Phong Phú,false,79,27619,Xã Bình Hưng
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27625,Xã An Phú Tây,true,79,27637,Xã Bình Chánh
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27625,Xã An Phú Tây,true,79,27424,Phường Bình Đông
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27628,Xã Hưng Long,false,79,27628,Xã Hưng Long
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27631,Xã Đa Phước,false,79,27628,Xã Hưng Long
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27634,Xã Tân Quý Tây,false,79,27637,Xã Bình Chánh
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27637,Xã Bình Chánh,false,79,27637,Xã Bình Chánh
79,Thành phố Hồ Chí Minh,785,Huyện Bình Chánh,27640,Xã Qui Đức,false,79,27628,Xã Hưng Long
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27643,Thị trấn Nhà Bè,false,79,27655,Xã Nhà Bè
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27646,Xã Phước Kiển,false,79,27655,Xã Nhà Bè
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27649,Xã Phước Lộc,false,79,27655,Xã Nhà Bè
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27652,Xã Nhơn Đức,false,79,27658,Xã Hiệp Phước
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27655,Xã Phú Xuân,false,79,27655,Xã Nhà Bè
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27658,Xã Long Thới,false,79,27658,Xã Hiệp Phước
79,Thành phố Hồ Chí Minh,786,Huyện Nhà Bè,27661,Xã Hiệp Phước,false,79,27658,Xã Hiệp Phước
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27664,Thị trấn Cần Thạnh,false,79,27664,Xã Cần Giờ
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27667,Xã Bình Khánh,false,79,27667,Xã Bình Khánh
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27670,Xã Tam Thôn Hiệp,false,79,27667,Xã Bình Khánh
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27673,Xã An Thới Đông,true,79,27673,Xã An Thới Đông
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27673,Xã An Thới Đông,true,79,27667,Xã Bình Khánh
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27676,Xã Thạnh An,false,79,27676,Xã Thạnh An
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27679,Xã Long Hòa,false,79,27664,Xã Cần Giờ
79,Thành phố Hồ Chí Minh,787,Huyện Cần Giờ,27682,Xã Lý Nhơn,false,79,27673,Xã An Thới Đông
80,Tỉnh Long An,794,Thành phố Tân An,27685,Phường 5,false,80,27694,Phường Long An
80,Tỉnh Long An,794,Thành phố Tân An,27691,Phường 4,true,80,25459,Phường Tân Ninh
80,Tỉnh Long An,794,Thành phố Tân An,27691,Phường 4,true,80,27694,Phường Long An
80,Tỉnh Long An,794,Thành phố Tân An,27692,Phường Tân Khánh,false,80,27715,Phường Khánh Hậu
80,Tỉnh Long An,794,Thành phố Tân An,27694,Phường 1,false,80,27694,Phường Long An
80,Tỉnh Long An,794,Thành phố Tân An,27697,Phường 3,false,80,27694,Phường Long An
80,Tỉnh Long An,794,Thành phố Tân An,27698,Phường 7,false,80,27712,Phường Tân An
80,Tỉnh Long An,794,Thành phố Tân An,27700,Phường 6,false,80,27694,Phường Long An
80,Tỉnh Long An,794,Thành phố Tân An,27703,Xã Hướng Thọ Phú,false,80,27694,Phường Long An
80,Tỉnh Long An,794,Thành phố Tân An,27706,Xã Nhơn Thạnh Trung,false,80,27712,Phường Tân An
80,Tỉnh Long An,794,Thành phố Tân An,27709,Xã Lợi Bình Nhơn,false,80,27715,Phường Khánh Hậu
80,Tỉnh Long An,794,Thành phố Tân An,27712,Xã Bình Tâm,false,80,27712,Phường Tân An
80,Tỉnh Long An,794,Thành phố Tân An,27715,Phường Khánh Hậu,false,80,27715,Phường Khánh Hậu
80,Tỉnh Long An,794,Thành phố Tân An,27718,Xã An Vĩnh Ngãi,false,80,27712,Phường Tân An
80,Tỉnh Long An,795,Thị xã Kiến Tường,27787,Phường 1,false,80,27787,Phường Kiến Tường
80,Tỉnh Long An,795,Thị xã Kiến Tường,27788,Phường 2,false,80,27787,Phường Kiến Tường
80,Tỉnh Long An,795,Thị xã Kiến Tường,27790,Xã Thạnh Trị,false,80,27793,Xã Bình Hiệp
80,Tỉnh Long An,795,Thị xã Kiến Tường,27793,Xã Bình Hiệp,false,80,27793,Xã Bình Hiệp
80,Tỉnh Long An,795,Thị xã Kiến Tường,27799,Xã Bình Tân,false,80,27793,Xã Bình Hiệp
80,Tỉnh Long An,795,Thị xã Kiến Tường,27805,Xã Tuyên Thạnh,false,80,27817,Xã Tuyên Thạnh
80,Tỉnh Long An,795,Thị xã Kiến Tường,27806,Phường 3,false,80,27787,Phường Kiến Tường
80,Tỉnh Long An,795,Thị xã Kiến Tường,27817,Xã Thạnh Hưng,false,80,27817,Xã Tuyên Thạnh
80,Tỉnh Long An,796,Huyện Tân Hưng,27721,Thị trấn Tân Hưng,false,80,27721,Xã Tân Hưng
80,Tỉnh Long An,796,Huyện Tân Hưng,27724,Xã Hưng Hà,false,80,27727,Xã Hưng Điền
80,Tỉnh Long An,796,Huyện Tân Hưng,27727,Xã Hưng Điền B,false,80,27727,Xã Hưng Điền
80,Tỉnh Long An,796,Huyện Tân Hưng,27730,Xã Hưng Điền,false,80,27727,Xã Hưng Điền
80,Tỉnh Long An,796,Huyện Tân Hưng,27733,Xã Thạnh Hưng,false,80,27736,Xã Vĩnh Thạnh
80,Tỉnh Long An,796,Huyện Tân Hưng,27736,Xã Hưng Thạnh,false,80,27736,Xã Vĩnh Thạnh
80,Tỉnh Long An,796,Huyện Tân Hưng,27739,Xã Vĩnh Thạnh,false,80,27721,Xã Tân Hưng
80,Tỉnh Long An,796,Huyện Tân Hưng,27742,Xã Vĩnh Châu B,false,80,27736,Xã Vĩnh Thạnh
80,Tỉnh Long An,796,Huyện Tân Hưng,27745,Xã Vĩnh Lợi,false,80,27721,Xã Tân Hưng
80,Tỉnh Long An,796,Huyện Tân Hưng,27748,Xã Vĩnh Đại,false,80,27748,Xã Vĩnh Châu
80,Tỉnh Long An,796,Huyện Tân Hưng,27751,Xã Vĩnh Châu A,false,80,27748,Xã Vĩnh Châu
80,Tỉnh Long An,796,Huyện Tân Hưng,27754,Xã Vĩnh Bửu,false,80,27748,Xã Vĩnh Châu
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27757,Thị trấn Vĩnh Hưng,false,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27760,Xã Hưng Điền A,false,80,27763,Xã Khánh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27763,Xã Khánh Hưng,true,80,27763,Xã Khánh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27763,Xã Khánh Hưng,true,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27766,Xã Thái Trị,true,80,27763,Xã Khánh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27766,Xã Thái Trị,true,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27769,Xã Vĩnh Trị,true,80,27763,Xã Khánh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27769,Xã Vĩnh Trị,true,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27772,Xã Thái Bình Trung,true,80,27763,Xã Khánh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27772,Xã Thái Bình Trung,true,80,27775,Xã Tuyên Bình
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27772,Xã Thái Bình Trung,true,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27775,Xã Vĩnh Bình,true,80,27775,Xã Tuyên Bình
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27775,Xã Vĩnh Bình,true,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27778,Xã Vĩnh Thuận,true,80,27775,Xã Tuyên Bình
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27778,Xã Vĩnh Thuận,true,80,27757,Xã Vĩnh Hưng
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27781,Xã Tuyên Bình,false,80,27775,Xã Tuyên Bình
80,Tỉnh Long An,797,Huyện Vĩnh Hưng,27784,Xã Tuyên Bình Tây,false,80,27775,Xã Tuyên Bình
80,Tỉnh Long An,798,Huyện Mộc Hóa,27796,Xã Bình Hòa Tây,false,80,27793,Xã Bình Hiệp
80,Tỉnh Long An,798,Huyện Mộc Hóa,27802,Xã Bình Thạnh,false,80,27811,Xã Bình Hòa
80,Tỉnh Long An,798,Huyện Mộc Hóa,27808,Xã Bình Hòa Trung,false,80,27811,Xã Bình Hòa
80,Tỉnh Long An,798,Huyện Mộc Hóa,27811,Xã Bình Hòa Đông,false,80,27811,Xã Bình Hòa
80,Tỉnh Long An,798,Huyện Mộc Hóa,27814,Thị trấn Bình Phong Thạnh,false,80,27823,Xã Mộc Hóa
80,Tỉnh Long An,798,Huyện Mộc Hóa,27820,Xã Tân Lập,false,80,27823,Xã Mộc Hóa
80,Tỉnh Long An,798,Huyện Mộc Hóa,27823,Xã Tân Thành,false,80,27823,Xã Mộc Hóa
80,Tỉnh Long An,799,Huyện Tân Thạnh,27826,Thị trấn Tân Thạnh,false,80,27826,Xã Tân Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27829,Xã Bắc Hòa,true,80,27841,Xã Hậu Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27829,Xã Bắc Hòa,true,80,27817,Xã Tuyên Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27832,Xã Hậu Thạnh Tây,false,80,27841,Xã Hậu Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27835,Xã Nhơn Hòa Lập,false,80,27838,Xã Nhơn Hòa Lập
80,Tỉnh Long An,799,Huyện Tân Thạnh,27838,Xã Tân Lập,false,80,27838,Xã Nhơn Hòa Lập
80,Tỉnh Long An,799,Huyện Tân Thạnh,27841,Xã Hậu Thạnh Đông,false,80,27841,Xã Hậu Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27844,Xã Nhơn Hòa,false,80,27838,Xã Nhơn Hòa Lập
80,Tỉnh Long An,799,Huyện Tân Thạnh,27847,Xã Kiến Bình,false,80,27826,Xã Tân Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27850,Xã Tân Thành,false,80,27856,Xã Nhơn Ninh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27853,Xã Tân Bình,false,80,27826,Xã Tân Thạnh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27856,Xã Tân Ninh,false,80,27856,Xã Nhơn Ninh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27859,Xã Nhơn Ninh,false,80,27856,Xã Nhơn Ninh
80,Tỉnh Long An,799,Huyện Tân Thạnh,27862,Xã Tân Hòa,false,80,27826,Xã Tân Thạnh
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27865,Thị trấn Thạnh Hóa,false,80,27865,Xã Thạnh Hóa
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27868,Xã Tân Hiệp,false,80,27868,Xã Bình Thành
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27871,Xã Thuận Bình,false,80,27868,Xã Bình Thành
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27874,Xã Thạnh Phước,false,80,27877,Xã Thạnh Phước
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27877,Xã Thạnh Phú,false,80,27877,Xã Thạnh Phước
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27880,Xã Thuận Nghĩa Hòa,false,80,27877,Xã Thạnh Phước
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27883,Xã Thủy Đông,false,80,27889,Xã Tân Tây
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27886,Xã Thủy Tây,false,80,27865,Xã Thạnh Hóa
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27889,Xã Tân Tây,false,80,27889,Xã Tân Tây
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27892,Xã Tân Đông,false,80,27889,Xã Tân Tây
80,Tỉnh Long An,800,Huyện Thạnh Hóa,27895,Xã Thạnh An,false,80,27865,Xã Thạnh Hóa
80,Tỉnh Long An,801,Huyện Đức Huệ,27898,Thị trấn Đông Thành,false,80,27898,Xã Đông Thành
80,Tỉnh Long An,801,Huyện Đức Huệ,27901,Xã Mỹ Quý Đông,false,80,27907,Xã Mỹ Quý
80,Tỉnh Long An,801,Huyện Đức Huệ,27904,Xã Mỹ Thạnh Bắc,false,80,27907,Xã Mỹ Quý
80,Tỉnh Long An,801,Huyện Đức Huệ,27907,Xã Mỹ Quý Tây,false,80,27907,Xã Mỹ Quý
80,Tỉnh Long An,801,Huyện Đức Huệ,27910,Xã Mỹ Thạnh Tây,false,80,27898,Xã Đông Thành
80,Tỉnh Long An,801,Huyện Đức Huệ,27913,Xã Mỹ Thạnh Đông,false,80,27898,Xã Đông Thành
80,Tỉnh Long An,801,Huyện Đức Huệ,27916,Xã Bình Thành,false,80,27925,Xã Đức Huệ
80,Tỉnh Long An,801,Huyện Đức Huệ,27919,Xã Bình Hòa Bắc,false,80,27925,Xã Đức Huệ
80,Tỉnh Long An,801,Huyện Đức Huệ,27922,Xã Bình Hòa Hưng,false,80,27868,Xã Bình Thành
80,Tỉnh Long An,801,Huyện Đức Huệ,27925,Xã Bình Hòa Nam,false,80,27925,Xã Đức Huệ
80,Tỉnh Long An,801,Huyện Đức Huệ,27928,Xã Mỹ Bình,false,80,27898,Xã Đông Thành
80,Tỉnh Long An,802,Huyện Đức Hòa,27931,Thị trấn Hậu Nghĩa,false,80,27931,Xã Hậu Nghĩa
80,Tỉnh Long An,802,Huyện Đức Hòa,27934,Thị trấn Hiệp Hòa,false,80,27952,Xã Hiệp Hòa
80,Tỉnh Long An,802,Huyện Đức Hòa,27937,Thị trấn Đức Hòa,false,80,27937,Xã Đức Hòa
80,Tỉnh Long An,802,Huyện Đức Hòa,27940,Xã Lộc Giang,false,80,27943,Xã An Ninh
80,Tỉnh Long An,802,Huyện Đức Hòa,27943,Xã An Ninh Đông,false,80,27943,Xã An Ninh
80,Tỉnh Long An,802,Huyện Đức Hòa,27946,Xã An Ninh Tây,false,80,27943,Xã An Ninh
80,Tỉnh Long An,802,Huyện Đức Hòa,27949,Xã Tân Mỹ,false,80,27931,Xã Hậu Nghĩa
80,Tỉnh Long An,802,Huyện Đức Hòa,27952,Xã Hiệp Hòa,false,80,27952,Xã Hiệp Hòa
80,Tỉnh Long An,802,Huyện Đức Hòa,27955,Xã Đức Lập Thượng,false,80,27931,Xã Hậu Nghĩa
80,Tỉnh Long An,802,Huyện Đức Hòa,27958,Xã Đức Lập Hạ,false,80,27964,Xã Đức Lập
80,Tỉnh Long An,802,Huyện Đức Hòa,27961,Xã Tân Phú,false,80,27952,Xã Hiệp Hòa
80,Tỉnh Long An,802,Huyện Đức Hòa,27964,Xã Mỹ Hạnh Bắc,false,80,27964,Xã Đức Lập
80,Tỉnh Long An,802,Huyện Đức Hòa,27967,Xã Đức Hòa Thượng,true,80,27964,Xã Đức Lập
80,Tỉnh Long An,802,Huyện Đức Hòa,27967,Xã Đức Hòa Thượng,true,80,27976,Xã Mỹ Hạnh
80,Tỉnh Long An,802,Huyện Đức Hòa,27970,Xã Hòa Khánh Tây,false,80,27979,Xã Hòa Khánh
80,Tỉnh Long An,802,Huyện Đức Hòa,27973,Xã Hòa Khánh Đông,false,80,27979,Xã Hòa Khánh
80,Tỉnh Long An,802,Huyện Đức Hòa,27976,Xã Mỹ Hạnh Nam,false,80,27976,Xã Mỹ Hạnh
80,Tỉnh Long An,802,Huyện Đức Hòa,27979,Xã Hòa Khánh Nam,false,80,27979,Xã Hòa Khánh
80,Tỉnh Long An,802,Huyện Đức Hòa,27982,Xã Đức Hòa Đông,false,80,27976,Xã Mỹ Hạnh
80,Tỉnh Long An,802,Huyện Đức Hòa,27985,Xã Đức Hòa Hạ,false,80,27937,Xã Đức Hòa
80,Tỉnh Long An,802,Huyện Đức Hòa,27988,Xã Hựu Thạnh,false,80,27937,Xã Đức Hòa
80,Tỉnh Long An,803,Huyện Bến Lức,27991,Thị trấn Bến Lức,false,80,27991,Xã Bến Lức
80,Tỉnh Long An,803,Huyện Bến Lức,27994,Xã Thạnh Lợi,false,80,27994,Xã Thạnh Lợi
80,Tỉnh Long An,803,Huyện Bến Lức,27997,Xã Lương Bình,false,80,27994,Xã Thạnh Lợi
80,Tỉnh Long An,803,Huyện Bến Lức,28000,Xã Thạnh Hòa,false,80,27994,Xã Thạnh Lợi
80,Tỉnh Long An,803,Huyện Bến Lức,28003,Xã Lương Hòa,false,80,28003,Xã Lương Hòa
80,Tỉnh Long An,803,Huyện Bến Lức,28009,Xã Tân Bửu,false,80,28003,Xã Lương Hòa
80,Tỉnh Long An,803,Huyện Bến Lức,28012,Xã An Thạnh,false,80,27991,Xã Bến Lức
80,Tỉnh Long An,803,Huyện Bến Lức,28015,Xã Bình Đức,false,80,28015,Xã Bình Đức
80,Tỉnh Long An,803,Huyện Bến Lức,28018,Xã Mỹ Yên,false,80,28018,Xã Mỹ Yên
80,Tỉnh Long An,803,Huyện Bến Lức,28021,Xã Thanh Phú,false,80,27991,Xã Bến Lức
80,Tỉnh Long An,803,Huyện Bến Lức,28024,Xã Long Hiệp,false,80,28018,Xã Mỹ Yên
80,Tỉnh Long An,803,Huyện Bến Lức,28027,Xã Thạnh Đức,false,80,28015,Xã Bình Đức
80,Tỉnh Long An,803,Huyện Bến Lức,28030,Xã Phước Lợi,false,80,28018,Xã Mỹ Yên
80,Tỉnh Long An,803,Huyện Bến Lức,28033,Xã Nhựt Chánh,false,80,28015,Xã Bình Đức
80,Tỉnh Long An,804,Huyện Thủ Thừa,28036,Thị trấn Thủ Thừa,true,80,28036,Xã Thủ Thừa
80,Tỉnh Long An,804,Huyện Thủ Thừa,28036,Thị trấn Thủ Thừa,true,80,28087,Xã Nhựt Tảo
80,Tỉnh Long An,804,Huyện Thủ Thừa,28039,Xã Long Thạnh,false,80,28072,Xã Tân Long
80,Tỉnh Long An,804,Huyện Thủ Thừa,28042,Xã Tân Thành,true,80,28051,Xã Mỹ Thạnh
80,Tỉnh Long An,804,Huyện Thủ Thừa,28042,Xã Tân Thành,true,80,28036,Xã Thủ Thừa
80,Tỉnh Long An,804,Huyện Thủ Thừa,28045,Xã Long Thuận,false,80,28072,Xã Tân Long
80,Tỉnh Long An,804,Huyện Thủ Thừa,28048,Xã Mỹ Lạc,false,80,28051,Xã Mỹ Thạnh
80,Tỉnh Long An,804,Huyện Thủ Thừa,28051,Xã Mỹ Thạnh,false,80,28051,Xã Mỹ Thạnh
80,Tỉnh Long An,804,Huyện Thủ Thừa,28054,Xã Bình An,false,80,28051,Xã Mỹ Thạnh
80,Tỉnh Long An,804,Huyện Thủ Thừa,28057,Xã Nhị Thành,true,80,28087,Xã Nhựt Tảo
80,Tỉnh Long An,804,Huyện Thủ Thừa,28057,Xã Nhị Thành,true,80,28036,Xã Thủ Thừa
80,Tỉnh Long An,804,Huyện Thủ Thừa,28060,Xã Mỹ An,false,80,28066,Xã Mỹ An
80,Tỉnh Long An,804,Huyện Thủ Thừa,28063,Xã Bình Thạnh,true,80,27694,Phường Long An
80,Tỉnh Long An,804,Huyện Thủ Thừa,28063,Xã Bình Thạnh,true,80,28036,Xã Thủ Thừa
80,Tỉnh Long An,804,Huyện Thủ Thừa,28066,Xã Mỹ Phú,false,80,28066,Xã Mỹ An
80,Tỉnh Long An,804,Huyện Thủ Thừa,28072,Xã Tân Long,false,80,28072,Xã Tân Long
80,Tỉnh Long An,805,Huyện Tân Trụ,28075,Thị trấn Tân Trụ,false,80,28075,Xã Tân Trụ
80,Tỉnh Long An,805,Huyện Tân Trụ,28078,Xã Tân Bình,false,80,28087,Xã Nhựt Tảo
80,Tỉnh Long An,805,Huyện Tân Trụ,28084,Xã Quê Mỹ Thạnh,false,80,28087,Xã Nhựt Tảo
80,Tỉnh Long An,805,Huyện Tân Trụ,28087,Xã Lạc Tấn,false,80,28087,Xã Nhựt Tảo
80,Tỉnh Long An,805,Huyện Tân Trụ,28090,Xã Bình Trinh Đông,false,80,28075,Xã Tân Trụ
80,Tỉnh Long An,805,Huyện Tân Trụ,28093,Xã Tân Phước Tây,false,80,28093,Xã Vàm Cỏ
80,Tỉnh Long An,805,Huyện Tân Trụ,28096,Xã Bình Lãng,false,80,28075,Xã Tân Trụ
80,Tỉnh Long An,805,Huyện Tân Trụ,28099,Xã Bình Tịnh,false,80,28075,Xã Tân Trụ
80,Tỉnh Long An,805,Huyện Tân Trụ,28102,Xã Đức Tân,false,80,28093,Xã Vàm Cỏ
80,Tỉnh Long An,805,Huyện Tân Trụ,28105,Xã Nhựt Ninh,false,80,28093,Xã Vàm Cỏ
80,Tỉnh Long An,806,Huyện Cần Đước,28108,Thị trấn Cần Đước,false,80,28108,Xã Cần Đước
80,Tỉnh Long An,806,Huyện Cần Đước,28111,Xã Long Trạch,false,80,28114,Xã Rạch Kiến
80,Tỉnh Long An,806,Huyện Cần Đước,28114,Xã Long Khê,false,80,28114,Xã Rạch Kiến
80,Tỉnh Long An,806,Huyện Cần Đước,28117,Xã Long Định,false,80,28126,Xã Long Cang
80,Tỉnh Long An,806,Huyện Cần Đước,28120,Xã Phước Vân,false,80,28126,Xã Long Cang
80,Tỉnh Long An,806,Huyện Cần Đước,28123,Xã Long Hòa,false,80,28114,Xã Rạch Kiến
80,Tỉnh Long An,806,Huyện Cần Đước,28126,Xã Long Cang,false,80,28126,Xã Long Cang
80,Tỉnh Long An,806,Huyện Cần Đước,28129,Xã Long Sơn,false,80,28132,Xã Mỹ Lệ
80,Tỉnh Long An,806,Huyện Cần Đước,28132,Xã Tân Trạch,false,80,28132,Xã Mỹ Lệ
80,Tỉnh Long An,806,Huyện Cần Đước,28135,Xã Mỹ Lệ,false,80,28132,Xã Mỹ Lệ
80,Tỉnh Long An,806,Huyện Cần Đước,28138,Xã Tân Lân,false,80,28138,Xã Tân Lân
80,Tỉnh Long An,806,Huyện Cần Đước,28141,Xã Phước Tuy,false,80,28108,Xã Cần Đước
80,Tỉnh Long An,806,Huyện Cần Đước,28144,Xã Long Hựu Đông,false,80,28144,Xã Long Hựu
80,Tỉnh Long An,806,Huyện Cần Đước,28147,Xã Tân Ân,false,80,28108,Xã Cần Đước
80,Tỉnh Long An,806,Huyện Cần Đước,28150,Xã Phước Đông,false,80,28138,Xã Tân Lân
80,Tỉnh Long An,806,Huyện Cần Đước,28153,Xã Long Hựu Tây,false,80,28144,Xã Long Hựu
80,Tỉnh Long An,806,Huyện Cần Đước,28156,Xã Tân Chánh,false,80,28108,Xã Cần Đước
80,Tỉnh Long An,807,Huyện Cần Giuộc,28159,Thị trấn Cần Giuộc,false,80,28159,Xã Cần Giuộc
80,Tỉnh Long An,807,Huyện Cần Giuộc,28162,Xã Phước Lý,false,80,28165,Xã Phước Lý
80,Tỉnh Long An,807,Huyện Cần Giuộc,28165,Xã Long Thượng,false,80,28165,Xã Phước Lý
80,Tỉnh Long An,807,Huyện Cần Giuộc,28168,Xã Long Hậu,false,80,28159,Xã Cần Giuộc
80,Tỉnh Long An,807,Huyện Cần Giuộc,28174,Xã Phước Hậu,false,80,28165,Xã Phước Lý
80,Tỉnh Long An,807,Huyện Cần Giuộc,28177,Xã Mỹ Lộc,false,80,28177,Xã Mỹ Lộc
80,Tỉnh Long An,807,Huyện Cần Giuộc,28180,Xã Phước Lại,false,80,28159,Xã Cần Giuộc
80,Tỉnh Long An,807,Huyện Cần Giuộc,28183,Xã Phước Lâm,false,80,28177,Xã Mỹ Lộc
80,Tỉnh Long An,807,Huyện Cần Giuộc,28189,Xã Thuận Thành,false,80,28177,Xã Mỹ Lộc
80,Tỉnh Long An,807,Huyện Cần Giuộc,28192,Xã Phước Vĩnh Tây,false,80,28201,Xã Phước Vĩnh Tây
80,Tỉnh Long An,807,Huyện Cần Giuộc,28195,Xã Phước Vĩnh Đông,false,80,28207,Xã Tân Tập
80,Tỉnh Long An,807,Huyện Cần Giuộc,28198,Xã Long An,false,80,28201,Xã Phước Vĩnh Tây
80,Tỉnh Long An,807,Huyện Cần Giuộc,28201,Xã Long Phụng,false,80,28201,Xã Phước Vĩnh Tây
80,Tỉnh Long An,807,Huyện Cần Giuộc,28204,Xã Đông Thạnh,false,80,28207,Xã Tân Tập
80,Tỉnh Long An,807,Huyện Cần Giuộc,28207,Xã Tân Tập,false,80,28207,Xã Tân Tập
80,Tỉnh Long An,808,Huyện Châu Thành,28210,Thị trấn Tầm Vu,false,80,28210,Xã Tầm Vu
80,Tỉnh Long An,808,Huyện Châu Thành,28213,Xã Bình Quới,false,80,28222,Xã Vĩnh Công
80,Tỉnh Long An,808,Huyện Châu Thành,28216,Xã Hòa Phú,false,80,28222,Xã Vĩnh Công
80,Tỉnh Long An,808,Huyện Châu Thành,28219,Xã Phú Ngãi Trị,false,80,28210,Xã Tầm Vu
80,Tỉnh Long An,808,Huyện Châu Thành,28222,Xã Vĩnh Công,false,80,28222,Xã Vĩnh Công
80,Tỉnh Long An,808,Huyện Châu Thành,28225,Xã Thuận Mỹ,false,80,28225,Xã Thuận Mỹ
80,Tỉnh Long An,808,Huyện Châu Thành,28228,Xã Hiệp Thạnh,false,80,28210,Xã Tầm Vu
80,Tỉnh Long An,808,Huyện Châu Thành,28231,Xã Phước Tân Hưng,false,80,28210,Xã Tầm Vu
80,Tỉnh Long An,808,Huyện Châu Thành,28234,Xã Thanh Phú Long,false,80,28225,Xã Thuận Mỹ
80,Tỉnh Long An,808,Huyện Châu Thành,28237,Xã Dương Xuân Hội,false,80,28243,Xã An Lục Long
80,Tỉnh Long An,808,Huyện Châu Thành,28240,Xã An Lục Long,false,80,28243,Xã An Lục Long
80,Tỉnh Long An,808,Huyện Châu Thành,28243,Xã Long Trì,false,80,28243,Xã An Lục Long
80,Tỉnh Long An,808,Huyện Châu Thành,28246,Xã Thanh Vĩnh Đông,false,80,28225,Xã Thuận Mỹ
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28249,Phường 5,false,82,28249,Phường Đạo Thạnh
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28252,Phường 4,true,82,28249,Phường Đạo Thạnh
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28252,Phường 4,true,82,29869,Phường Cao Lãnh
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28261,Phường 1,false,82,28261,Phường Mỹ Tho
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28264,Phường 2,false,82,28261,Phường Mỹ Tho
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28270,Phường 6,true,82,28270,Phường Thới Sơn
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28270,Phường 6,true,82,29869,Phường Cao Lãnh
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28273,Phường 9,false,82,28273,Phường Mỹ Phong
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28276,Phường 10,false,82,28285,Phường Trung An
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28279,Phường Tân Long,false,82,28261,Phường Mỹ Tho
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28282,Xã Đạo Thạnh,false,82,28249,Phường Đạo Thạnh
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28285,Xã Trung An,false,82,28285,Phường Trung An
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28288,Xã Mỹ Phong,false,82,28273,Phường Mỹ Phong
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28291,Xã Tân Mỹ Chánh,false,82,28273,Phường Mỹ Phong
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28567,Xã Phước Thạnh,false,82,28285,Phường Trung An
82,Tỉnh Tiền Giang,815,Thành phố Mỹ Tho,28591,Xã Thới Sơn,false,82,28270,Phường Thới Sơn
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28297,Phường 2,false,82,28297,Phường Long Thuận
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28300,Phường 1,false,82,28306,Phường Gò Công
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28306,Phường 5,false,82,28306,Phường Gò Công
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28309,Phường Long Hưng,false,82,28729,Phường Sơn Qui
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28312,Phường Long Thuận,false,82,28297,Phường Long Thuận
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28315,Phường Long Chánh,false,82,28315,Phường Bình Xuân
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28318,Phường Long Hòa,false,82,28306,Phường Gò Công
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28708,Xã Bình Đông,false,82,28729,Phường Sơn Qui
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28717,Xã Bình Xuân,false,82,28315,Phường Bình Xuân
82,Tỉnh Tiền Giang,816,Thành phố Gò Công,28729,Xã Tân Trung,false,82,28729,Phường Sơn Qui
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28435,Phường 1,false,82,28435,Phường Mỹ Phước Tây
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28436,Phường 2,false,82,28436,Phường Thanh Hòa
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28437,Phường 3,true,82,28435,Phường Mỹ Phước Tây
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28437,Phường 3,true,82,29869,Phường Cao Lãnh
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28439,Phường 4,true,82,28439,Phường Cai Lậy
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28439,Phường 4,true,82,29869,Phường Cao Lãnh
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28440,Phường 5,false,82,28439,Phường Cai Lậy
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28447,Xã Mỹ Phước Tây,false,82,28435,Phường Mỹ Phước Tây
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28450,Xã Mỹ Hạnh Đông,false,82,28468,Xã Tân Phú
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28453,Xã Mỹ Hạnh Trung,false,82,28435,Phường Mỹ Phước Tây
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28459,Xã Tân Phú,false,82,28468,Xã Tân Phú
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28462,Xã Tân Bình,false,82,28436,Phường Thanh Hòa
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28468,Xã Tân Hội,false,82,28468,Xã Tân Phú
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28474,Phường Nhị Mỹ,false,82,28477,Phường Nhị Quý
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28477,Xã Nhị Quý,false,82,28477,Phường Nhị Quý
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28480,Xã Thanh Hòa,false,82,28436,Phường Thanh Hòa
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28483,Xã Phú Quý,false,82,28477,Phường Nhị Quý
82,Tỉnh Tiền Giang,817,Thị xã Cai Lậy,28486,Xã Long Khánh,false,82,28439,Phường Cai Lậy
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28321,Thị trấn Mỹ Phước,false,82,28321,Xã Tân Phước 1
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28324,Xã Tân Hòa Đông,false,82,28321,Xã Tân Phước 1
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28327,Xã Thạnh Tân,false,82,28327,Xã Tân Phước 2
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28330,Xã Thạnh Mỹ,false,82,28321,Xã Tân Phước 1
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28333,Xã Thạnh Hòa,false,82,28327,Xã Tân Phước 2
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28336,Xã Phú Mỹ,false,82,28336,Xã Hưng Thạnh
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28339,Xã Tân Hòa Thành,false,82,28336,Xã Hưng Thạnh
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28342,Xã Hưng Thạnh,false,82,28336,Xã Hưng Thạnh
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28345,Xã Tân Lập 1,false,82,28345,Xã Tân Phước 3
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28348,Xã Tân Hòa Tây,false,82,28327,Xã Tân Phước 2
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28354,Xã Tân Lập 2,false,82,28345,Xã Tân Phước 3
82,Tỉnh Tiền Giang,818,Huyện Tân Phước,28357,Xã Phước Lập,false,82,28345,Xã Tân Phước 3
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28360,Thị trấn Cái Bè,false,82,28360,Xã Cái Bè
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28363,Xã Hậu Mỹ Bắc B,false,82,28366,Xã Hậu Mỹ
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28366,Xã Hậu Mỹ Bắc A,false,82,28366,Xã Hậu Mỹ
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28369,Xã Mỹ Trung,false,82,28378,Xã Mỹ Thiện
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28372,Xã Hậu Mỹ Trinh,false,82,28366,Xã Hậu Mỹ
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28375,Xã Hậu Mỹ Phú,false,82,28393,Xã Hội Cư
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28378,Xã Mỹ Tân,false,82,28378,Xã Mỹ Thiện
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28381,Xã Mỹ Lợi B,false,82,28414,Xã Mỹ Lợi
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28384,Xã Thiện Trung,false,82,28378,Xã Mỹ Thiện
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28387,Xã Mỹ Hội,false,82,28393,Xã Hội Cư
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28390,Xã An Cư,false,82,28393,Xã Hội Cư
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28393,Xã Hậu Thành,false,82,28393,Xã Hội Cư
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28396,Xã Mỹ Lợi A,false,82,28414,Xã Mỹ Lợi
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28399,Xã Hòa Khánh,false,82,28360,Xã Cái Bè
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28402,Xã Thiện Trí,false,82,28405,Xã Mỹ Đức Tây
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28405,Xã Mỹ Đức Đông,false,82,28405,Xã Mỹ Đức Tây
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28408,Xã Mỹ Đức Tây,false,82,28405,Xã Mỹ Đức Tây
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28411,Xã Đông Hòa Hiệp,false,82,28360,Xã Cái Bè
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28414,Xã An Thái Đông,false,82,28414,Xã Mỹ Lợi
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28417,Xã Tân Hưng,false,82,28426,Xã Thanh Hưng
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28420,Xã Mỹ Lương,false,82,28429,Xã An Hữu
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28423,Xã Tân Thanh,false,82,28426,Xã Thanh Hưng
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28426,Xã An Thái Trung,false,82,28426,Xã Thanh Hưng
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28429,Xã An Hữu,false,82,28429,Xã An Hữu
82,Tỉnh Tiền Giang,819,Huyện Cái Bè,28432,Xã Hòa Hưng,false,82,28429,Xã An Hữu
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28438,Xã Thạnh Lộc,false,82,28444,Xã Thạnh Phú
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28441,Xã Mỹ Thành Bắc,false,82,28456,Xã Mỹ Thành
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28444,Xã Phú Cường,false,82,28444,Xã Thạnh Phú
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28456,Xã Mỹ Thành Nam,false,82,28456,Xã Mỹ Thành
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28465,Xã Phú Nhuận,false,82,28456,Xã Mỹ Thành
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28471,Thị trấn Bình Phú,false,82,28471,Xã Bình Phú
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28489,Xã Cẩm Sơn,false,82,28471,Xã Bình Phú
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28492,Xã Phú An,false,82,28471,Xã Bình Phú
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28495,Xã Mỹ Long,false,82,28504,Xã Long Tiên
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28498,Xã Long Tiên,false,82,28504,Xã Long Tiên
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28501,Xã Hiệp Đức,false,82,28501,Xã Hiệp Đức
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28504,Xã Long Trung,false,82,28504,Xã Long Tiên
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28507,Xã Hội Xuân,false,82,28501,Xã Hiệp Đức
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28510,Xã Tân Phong,false,82,28501,Xã Hiệp Đức
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28513,Xã Tam Bình,false,82,28516,Xã Ngũ Hiệp
82,Tỉnh Tiền Giang,820,Huyện Cai Lậy,28516,Xã Ngũ Hiệp,false,82,28516,Xã Ngũ Hiệp
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28519,Thị trấn Tân Hiệp,false,82,28519,Xã Châu Thành
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28522,Xã Tân Hội Đông,false,82,28525,Xã Tân Hương
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28525,Xã Tân Hương,false,82,28525,Xã Tân Hương
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28528,Xã Tân Lý Đông,false,82,28525,Xã Tân Hương
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28534,Xã Thân Cửu Nghĩa,false,82,28519,Xã Châu Thành
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28537,Xã Tam Hiệp,false,82,28537,Xã Long Hưng
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28540,Xã Điềm Hy,false,82,28564,Xã Bình Trưng
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28543,Xã Nhị Bình,false,82,28543,Xã Long Định
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28549,Xã Đông Hòa,false,82,28543,Xã Long Định
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28552,Xã Long Định,false,82,28543,Xã Long Định
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28558,Xã Long An,false,82,28519,Xã Châu Thành
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28561,Xã Long Hưng,false,82,28537,Xã Long Hưng
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28564,Xã Bình Trưng,false,82,28564,Xã Bình Trưng
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28570,Xã Thạnh Phú,false,82,28537,Xã Long Hưng
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28573,Xã Bàn Long,false,82,28576,Xã Vĩnh Kim
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28576,Xã Vĩnh Kim,false,82,28576,Xã Vĩnh Kim
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28579,Xã Bình Đức,false,82,28582,Xã Kim Sơn
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28582,Xã Song Thuận,false,82,28582,Xã Kim Sơn
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28585,Xã Kim Sơn,false,82,28582,Xã Kim Sơn
82,Tỉnh Tiền Giang,821,Huyện Châu Thành,28588,Xã Phú Phong,false,82,28576,Xã Vĩnh Kim
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28594,Thị trấn Chợ Gạo,false,82,28594,Xã Chợ Gạo
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28597,Xã Trung Hòa,false,82,28603,Xã Mỹ Tịnh An
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28600,Xã Hòa Tịnh,false,82,28603,Xã Mỹ Tịnh An
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28603,Xã Mỹ Tịnh An,false,82,28603,Xã Mỹ Tịnh An
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28606,Xã Tân Bình Thạnh,false,82,28603,Xã Mỹ Tịnh An
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28609,Xã Phú Kiết,false,82,28615,Xã Lương Hòa Lạc
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28612,Xã Lương Hòa Lạc,false,82,28615,Xã Lương Hòa Lạc
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28615,Xã Thanh Bình,false,82,28615,Xã Lương Hòa Lạc
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28618,Xã Quơn Long,false,82,28627,Xã Tân Thuận Bình
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28621,Xã Bình Phục Nhứt,false,82,28633,Xã An Thạnh Thủy
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28624,Xã Đăng Hưng Phước,false,82,28627,Xã Tân Thuận Bình
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28627,Xã Tân Thuận Bình,false,82,28627,Xã Tân Thuận Bình
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28630,Xã Song Bình,false,82,28594,Xã Chợ Gạo
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28633,Xã Bình Phan,false,82,28633,Xã An Thạnh Thủy
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28636,Xã Long Bình Điền,false,82,28594,Xã Chợ Gạo
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28639,Xã An Thạnh Thủy,false,82,28633,Xã An Thạnh Thủy
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28642,Xã Xuân Đông,false,82,28648,Xã Bình Ninh
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28645,Xã Hòa Định,false,82,28648,Xã Bình Ninh
82,Tỉnh Tiền Giang,822,Huyện Chợ Gạo,28648,Xã Bình Ninh,false,82,28648,Xã Bình Ninh
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28651,Thị trấn Vĩnh Bình,false,82,28651,Xã Vĩnh Bình
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28654,Xã Đồng Sơn,false,82,28660,Xã Đồng Sơn
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28657,Xã Bình Phú,false,82,28663,Xã Phú Thành
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28660,Xã Đồng Thạnh,false,82,28660,Xã Đồng Sơn
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28663,Xã Thành Công,false,82,28663,Xã Phú Thành
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28666,Xã Bình Nhì,false,82,28660,Xã Đồng Sơn
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28669,Xã Yên Luông,false,82,28663,Xã Phú Thành
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28672,Xã Thạnh Trị,false,82,28651,Xã Vĩnh Bình
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28675,Xã Thạnh Nhựt,false,82,28651,Xã Vĩnh Bình
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28678,Xã Long Vĩnh,false,82,28678,Xã Vĩnh Hựu
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28681,Xã Bình Tân,false,82,28687,Xã Long Bình
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28684,Xã Vĩnh Hựu,false,82,28678,Xã Vĩnh Hựu
82,Tỉnh Tiền Giang,823,Huyện Gò Công Tây,28687,Xã Long Bình,false,82,28687,Xã Long Bình
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28702,Thị trấn Tân Hòa,false,82,28702,Xã Tân Hòa
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28705,Xã Tăng Hòa,false,82,28747,Xã Gò Công Đông
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28711,Xã Tân Phước,false,82,28723,Xã Tân Đông
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28714,Xã Gia Thuận,false,82,28720,Xã Gia Thuận
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28720,Thị trấn Vàm Láng,false,82,28720,Xã Gia Thuận
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28723,Xã Tân Tây,false,82,28723,Xã Tân Đông
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28726,Xã Kiểng Phước,false,82,28720,Xã Gia Thuận
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28732,Xã Tân Đông,false,82,28723,Xã Tân Đông
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28735,Xã Bình Ân,false,82,28738,Xã Tân Điền
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28738,Xã Tân Điền,false,82,28738,Xã Tân Điền
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28741,Xã Bình Nghị,false,82,28702,Xã Tân Hòa
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28744,Xã Phước Trung,false,82,28702,Xã Tân Hòa
82,Tỉnh Tiền Giang,824,Huyện Gò Công Đông,28747,Xã Tân Thành,false,82,28747,Xã Gò Công Đông
82,Tỉnh Tiền Giang,825,Huyện Tân Phú Đông,28690,Xã Tân Thới,false,82,28693,Xã Tân Thới
82,Tỉnh Tiền Giang,825,Huyện Tân Phú Đông,28693,Xã Tân Phú,false,82,28693,Xã Tân Thới
82,Tỉnh Tiền Giang,825,Huyện Tân Phú Đông,28696,Xã Phú Thạnh,false,82,28696,Xã Tân Phú Đông
82,Tỉnh Tiền Giang,825,Huyện Tân Phú Đông,28699,Xã Tân Thạnh,false,82,28693,Xã Tân Thới
82,Tỉnh Tiền Giang,825,Huyện Tân Phú Đông,28750,Xã Phú Đông,false,82,28696,Xã Tân Phú Đông
82,Tỉnh Tiền Giang,825,Huyện Tân Phú Đông,28753,Xã Phú Tân,false,82,28696,Xã Tân Phú Đông
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28756,Phường Phú Khương,false,86,28756,Phường Phú Khương
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28757,Phường Phú Tân,false,86,28858,Phường Phú Tân
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28759,Phường 8,false,86,28756,Phường Phú Khương
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28762,Phường 6,false,86,28783,Phường Sơn Đông
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28777,Phường An Hội,false,86,28777,Phường An Hội
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28780,Phường 7,false,86,28789,Phường Bến Tre
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28783,Xã Sơn Đông,false,86,28783,Phường Sơn Đông
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28786,Xã Phú Hưng,false,86,28756,Phường Phú Khương
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28789,Xã Bình Phú,false,86,28789,Phường Bến Tre
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28792,Xã Mỹ Thạnh An,false,86,28777,Phường An Hội
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28795,Xã Nhơn Thạnh,false,86,28756,Phường Phú Khương
83,Tỉnh Bến Tre,829,Thành phố Bến Tre,28798,Xã Phú Nhuận,false,86,28777,Phường An Hội
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28804,Xã Tân Thạch,false,86,28810,Xã Phú Túc
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28807,Xã Quới Sơn,false,86,28807,Xã Giao Long
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28810,Thị trấn Châu Thành,false,86,28810,Xã Phú Túc
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28813,Xã Giao Long,false,86,28807,Xã Giao Long
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28819,Xã Phú Túc,false,86,28810,Xã Phú Túc
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28822,Xã Phú Đức,false,86,28840,Xã Tân Phú
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28828,Xã An Phước,false,86,28807,Xã Giao Long
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28831,Xã Tam Phước,false,86,28783,Phường Sơn Đông
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28834,Xã Thành Triệu,false,86,28861,Xã Tiên Thủy
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28840,Xã Tân Phú,false,86,28840,Xã Tân Phú
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28843,Xã Quới Thành,false,86,28861,Xã Tiên Thủy
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28846,Xã Phước Thạnh,false,86,28858,Phường Phú Tân
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28852,Xã Tiên Long,false,86,28840,Xã Tân Phú
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28855,Xã Tường Đa,false,86,28810,Xã Phú Túc
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28858,Xã Hữu Định,false,86,28858,Phường Phú Tân
83,Tỉnh Bến Tre,831,Huyện Châu Thành,28861,Thị trấn Tiên Thủy,false,86,28861,Xã Tiên Thủy
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28870,Thị trấn Chợ Lách,false,86,28870,Xã Chợ Lách
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28873,Xã Phú Phụng,false,86,28879,Xã Phú Phụng
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28876,Xã Sơn Định,false,86,28879,Xã Phú Phụng
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28879,Xã Vĩnh Bình,false,86,28879,Xã Phú Phụng
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28882,Xã Hòa Nghĩa,false,86,28870,Xã Chợ Lách
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28885,Xã Long Thới,false,86,28870,Xã Chợ Lách
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28888,Xã Phú Sơn,false,86,28894,Xã Vĩnh Thành
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28891,Xã Tân Thiềng,false,86,28894,Xã Vĩnh Thành
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28894,Xã Vĩnh Thành,false,86,28894,Xã Vĩnh Thành
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28897,Xã Vĩnh Hòa,false,86,28901,Xã Hưng Khánh Trung
83,Tỉnh Bến Tre,832,Huyện Chợ Lách,28900,Xã Hưng Khánh Trung B,false,86,28901,Xã Hưng Khánh Trung
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28903,Thị trấn Mỏ Cày,false,86,28903,Xã Mỏ Cày
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28930,Xã Định Thủy,false,86,28945,Xã Đồng Khởi
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28939,Xã Đa Phước Hội,false,86,28903,Xã Mỏ Cày
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28940,Xã Tân Hội,false,86,28903,Xã Mỏ Cày
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28942,Xã Phước Hiệp,false,86,28945,Xã Đồng Khởi
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28945,Xã Bình Khánh,false,86,28945,Xã Đồng Khởi
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28951,Xã An Thạnh,false,86,28903,Xã Mỏ Cày
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28957,Xã An Định,false,86,28957,Xã An Định
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28960,Xã Thành Thới B,false,86,28969,Xã Thành Thới
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28963,Xã Tân Trung,false,86,28957,Xã An Định
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28966,Xã An Thới,false,86,28969,Xã Thành Thới
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28969,Xã Thành Thới A,false,86,28969,Xã Thành Thới
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28972,Xã Minh Đức,false,86,28957,Xã An Định
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28975,Xã Ngãi Đăng,false,86,28981,Xã Hương Mỹ
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28978,Xã Cẩm Sơn,false,86,28981,Xã Hương Mỹ
83,Tỉnh Bến Tre,833,Huyện Mỏ Cày Nam,28981,Xã Hương Mỹ,false,86,28981,Xã Hương Mỹ
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,28984,Thị trấn Giồng Trôm,false,86,28984,Xã Giồng Trôm
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,28987,Xã Phong Nẫm,false,86,28987,Xã Lương Hòa
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,28993,Xã Mỹ Thạnh,false,86,28993,Xã Lương Phú
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,28996,Xã Châu Hòa,false,86,28996,Xã Châu Hòa
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,28999,Xã Lương Hòa,false,86,28987,Xã Lương Hòa
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29002,Xã Lương Quới,false,86,28996,Xã Châu Hòa
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29005,Xã Lương Phú,false,86,28993,Xã Lương Phú
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29008,Xã Châu Bình,false,86,28996,Xã Châu Hòa
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29011,Xã Thuận Điền,false,86,28993,Xã Lương Phú
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29014,Xã Sơn Phú,false,86,28777,Phường An Hội
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29017,Xã Bình Hòa,false,86,28984,Xã Giồng Trôm
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29020,Xã Phước Long,false,86,29020,Xã Phước Long
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29023,Xã Hưng Phong,false,86,29020,Xã Phước Long
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29026,Xã Long Mỹ,false,86,29020,Xã Phước Long
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29029,Xã Tân Hào,false,86,29029,Xã Tân Hào
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29032,Xã Bình Thành,false,86,28984,Xã Giồng Trôm
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29035,Xã Tân Thanh,false,86,29044,Xã Hưng Nhượng
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29038,Xã Tân Lợi Thạnh,false,86,29029,Xã Tân Hào
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29041,Xã Thạnh Phú Đông,false,86,29029,Xã Tân Hào
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29044,Xã Hưng Nhượng,false,86,29044,Xã Hưng Nhượng
83,Tỉnh Bến Tre,834,Huyện Giồng Trôm,29047,Xã Hưng Lễ,false,86,29044,Xã Hưng Nhượng
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29050,Thị trấn Bình Đại,false,86,29050,Xã Bình Đại
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29053,Xã Tam Hiệp,false,86,29062,Xã Phú Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29056,Xã Long Định,false,86,29062,Xã Phú Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29059,Xã Long Hòa,false,86,29083,Xã Châu Hưng
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29062,Xã Phú Thuận,false,86,29062,Xã Phú Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29065,Xã Vang Quới Tây,false,86,29077,Xã Lộc Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29068,Xã Vang Quới Đông,false,86,29077,Xã Lộc Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29071,Xã Châu Hưng,false,86,29083,Xã Châu Hưng
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29077,Xã Lộc Thuận,false,86,29077,Xã Lộc Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29080,Xã Định Trung,false,86,29089,Xã Thạnh Trị
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29083,Xã Thới Lai,false,86,29083,Xã Châu Hưng
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29086,Xã Bình Thới,false,86,29050,Xã Bình Đại
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29089,Xã Phú Long,false,86,29089,Xã Thạnh Trị
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29092,Xã Bình Thắng,false,86,29050,Xã Bình Đại
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29095,Xã Thạnh Trị,false,86,29089,Xã Thạnh Trị
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29098,Xã Đại Hòa Lộc,false,86,29104,Xã Thạnh Phước
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29101,Xã Thừa Đức,false,86,29107,Xã Thới Thuận
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29104,Xã Thạnh Phước,false,86,29104,Xã Thạnh Phước
83,Tỉnh Bến Tre,835,Huyện Bình Đại,29107,Xã Thới Thuận,false,86,29107,Xã Thới Thuận
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29110,Thị trấn Ba Tri,false,86,29110,Xã Ba Tri
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29116,Xã Mỹ Hòa,false,86,29122,Xã Mỹ Chánh Hòa
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29119,Xã Tân Xuân,false,86,29137,Xã Tân Xuân
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29122,Xã Mỹ Chánh,false,86,29122,Xã Mỹ Chánh Hòa
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29125,Xã Bảo Thạnh,false,86,29125,Xã Bảo Thạnh
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29128,Xã An Phú Trung,false,86,29143,Xã An Ngãi Trung
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29131,Xã Mỹ Thạnh,false,86,29143,Xã An Ngãi Trung
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29134,Xã Mỹ Nhơn,false,86,29122,Xã Mỹ Chánh Hòa
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29137,Xã Phước Ngãi,false,86,29137,Xã Tân Xuân
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29143,Xã An Ngãi Trung,false,86,29143,Xã An Ngãi Trung
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29146,Xã Phú Lễ,false,86,29137,Xã Tân Xuân
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29149,Xã An Bình Tây,false,86,29110,Xã Ba Tri
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29152,Xã Bảo Thuận,false,86,29125,Xã Bảo Thạnh
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29155,Xã Tân Hưng,false,86,29158,Xã An Hiệp
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29158,Xã An Ngãi Tây,false,86,29158,Xã An Hiệp
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29161,Xã An Hiệp,false,86,29158,Xã An Hiệp
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29164,Xã Vĩnh Hòa,false,86,29110,Xã Ba Tri
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29167,Xã Tân Thủy,false,86,29167,Xã Tân Thủy
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29170,Xã Vĩnh An,false,86,29110,Xã Ba Tri
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29173,Xã An Đức,false,86,29110,Xã Ba Tri
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29176,Xã An Hòa Tây,false,86,29167,Xã Tân Thủy
83,Tỉnh Bến Tre,836,Huyện Ba Tri,29179,Thị trấn Tiệm Tôm,false,86,29167,Xã Tân Thủy
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29182,Thị trấn Thạnh Phú,false,86,29182,Xã Thạnh Phú
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29185,Xã Phú Khánh,false,86,29194,Xã Đại Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29188,Xã Đại Điền,false,86,29194,Xã Đại Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29191,Xã Quới Điền,false,86,29191,Xã Quới Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29194,Xã Tân Phong,false,86,29194,Xã Đại Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29197,Xã Mỹ Hưng,false,86,29191,Xã Quới Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29200,Xã An Thạnh,false,86,29182,Xã Thạnh Phú
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29203,Xã Thới Thạnh,false,86,29194,Xã Đại Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29206,Xã Hòa Lợi,false,86,29191,Xã Quới Điền
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29209,Xã An Điền,false,86,29221,Xã Thạnh Hải
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29212,Xã Bình Thạnh,false,86,29182,Xã Thạnh Phú
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29215,Xã An Thuận,false,86,29224,Xã An Qui
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29218,Xã An Qui,false,86,29224,Xã An Qui
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29221,Xã Thạnh Hải,false,86,29221,Xã Thạnh Hải
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29224,Xã An Nhơn,false,86,29224,Xã An Qui
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29227,Xã Giao Thạnh,false,86,29227,Xã Thạnh Phong
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29230,Xã Thạnh Phong,false,86,29227,Xã Thạnh Phong
83,Tỉnh Bến Tre,837,Huyện Thạnh Phú,29233,Xã Mỹ An,false,86,29182,Xã Thạnh Phú
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28889,Xã Phú Mỹ,false,86,28915,Xã Phước Mỹ Trung
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28901,Xã Hưng Khánh Trung A,false,86,28901,Xã Hưng Khánh Trung
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28906,Xã Thanh Tân,false,86,28789,Phường Bến Tre
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28909,Xã Thạnh Ngãi,false,86,28915,Xã Phước Mỹ Trung
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28912,Xã Tân Phú Tây,false,86,28915,Xã Phước Mỹ Trung
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28915,Thị trấn Phước Mỹ Trung,false,86,28915,Xã Phước Mỹ Trung
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28918,Xã Tân Thành Bình,false,86,28921,Xã Tân Thành Bình
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28921,Xã Thành An,false,86,28921,Xã Tân Thành Bình
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28924,Xã Hòa Lộc,true,86,29734,Xã Hòa Hiệp
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28924,Xã Hòa Lộc,true,86,28921,Xã Tân Thành Bình
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28927,Xã Tân Thanh Tây,false,86,28948,Xã Nhuận Phú Tân
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28933,Xã Tân Bình,false,86,28921,Xã Tân Thành Bình
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28936,Xã Nhuận Phú Tân,false,86,28948,Xã Nhuận Phú Tân
83,Tỉnh Bến Tre,838,Huyện Mỏ Cày Bắc,28948,Xã Khánh Thạnh Tân,false,86,28948,Xã Nhuận Phú Tân
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29236,Phường 4,false,86,29263,Phường Long Đức
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29239,Phường 1,false,86,29242,Phường Trà Vinh
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29242,Phường 3,false,86,29242,Phường Trà Vinh
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29248,Phường 5,false,86,29398,Phường Hòa Thuận
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29254,Phường 7,false,86,29254,Phường Nguyệt Hóa
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29257,Phường 8,false,86,29254,Phường Nguyệt Hóa
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29260,Phường 9,false,86,29242,Phường Trà Vinh
84,Tỉnh Trà Vinh,842,Thành phố Trà Vinh,29263,Xã Long Đức,false,86,29263,Phường Long Đức
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29266,Thị trấn Càng Long,false,86,29266,Xã Càng Long
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29269,Xã Mỹ Cẩm,false,86,29266,Xã Càng Long
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29272,Xã An Trường A,false,86,29275,Xã An Trường
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29275,Xã An Trường,false,86,29275,Xã An Trường
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29278,Xã Huyền Hội,false,86,29278,Xã Tân An
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29281,Xã Tân An,false,86,29278,Xã Tân An
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29284,Xã Tân Bình,false,86,29275,Xã An Trường
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29287,Xã Bình Phú,false,86,29287,Xã Bình Phú
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29290,Xã Phương Thạnh,false,86,29287,Xã Bình Phú
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29293,Xã Đại Phúc,false,86,29287,Xã Bình Phú
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29296,Xã Đại Phước,false,86,29302,Xã Nhị Long
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29299,Xã Nhị Long Phú,false,86,29266,Xã Càng Long
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29302,Xã Nhị Long,false,86,29302,Xã Nhị Long
84,Tỉnh Trà Vinh,844,Huyện Càng Long,29305,Xã Đức Mỹ,false,86,29302,Xã Nhị Long
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29308,Thị trấn Cầu Kè,false,86,29308,Xã Cầu Kè
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29311,Xã Hòa Ân,false,86,29308,Xã Cầu Kè
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29314,Xã Châu Điền,false,86,29308,Xã Cầu Kè
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29317,Xã An Phú Tân,false,86,29317,Xã An Phú Tân
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29320,Xã Hòa Tân,false,86,29317,Xã An Phú Tân
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29323,Xã Ninh Thới,false,86,29329,Xã Phong Thạnh
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29326,Xã Phong Phú,false,86,29329,Xã Phong Thạnh
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29329,Xã Phong Thạnh,false,86,29329,Xã Phong Thạnh
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29332,Xã Tam Ngãi,false,86,29335,Xã Tam Ngãi
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29335,Xã Thông Hòa,false,86,29335,Xã Tam Ngãi
84,Tỉnh Trà Vinh,845,Huyện Cầu Kè,29338,Xã Thạnh Phú,false,86,29335,Xã Tam Ngãi
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29341,Thị trấn Tiểu Cần,false,86,29341,Xã Tiểu Cần
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29344,Thị trấn Cầu Quan,false,86,29371,Xã Tân Hòa
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29347,Xã Phú Cần,false,86,29341,Xã Tiểu Cần
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29350,Xã Hiếu Tử,false,86,29365,Xã Tập Ngãi
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29353,Xã Hiếu Trung,false,86,29341,Xã Tiểu Cần
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29356,Xã Long Thới,false,86,29371,Xã Tân Hòa
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29359,Xã Hùng Hòa,false,86,29362,Xã Hùng Hòa
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29362,Xã Tân Hùng,false,86,29362,Xã Hùng Hòa
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29365,Xã Tập Ngãi,false,86,29365,Xã Tập Ngãi
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29368,Xã Ngãi Hùng,false,86,29362,Xã Hùng Hòa
84,Tỉnh Trà Vinh,846,Huyện Tiểu Cần,29371,Xã Tân Hòa,false,86,29371,Xã Tân Hòa
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29374,Thị trấn Châu Thành,false,86,29374,Xã Châu Thành
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29377,Xã Đa Lộc,false,86,29374,Xã Châu Thành
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29380,Xã Mỹ Chánh,false,86,29374,Xã Châu Thành
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29383,Xã Thanh Mỹ,false,86,29374,Xã Châu Thành
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29386,Xã Lương Hòa A,false,86,29386,Xã Song Lộc
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29389,Xã Lương Hòa,false,86,29386,Xã Song Lộc
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29392,Xã Song Lộc,false,86,29386,Xã Song Lộc
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29395,Xã Nguyệt Hóa,false,86,29254,Phường Nguyệt Hóa
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29398,Xã Hòa Thuận,false,86,29398,Phường Hòa Thuận
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29401,Xã Hòa Lợi,false,86,29407,Xã Hưng Mỹ
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29404,Xã Phước Hảo,false,86,29407,Xã Hưng Mỹ
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29407,Xã Hưng Mỹ,false,86,29407,Xã Hưng Mỹ
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29410,Xã Hòa Minh,false,86,29410,Xã Hòa Minh
84,Tỉnh Trà Vinh,847,Huyện Châu Thành,29413,Xã Long Hòa,false,86,29413,Xã Long Hòa
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29416,Thị trấn Cầu Ngang,false,86,29416,Xã Cầu Ngang
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29419,Thị trấn Mỹ Long,false,86,29419,Xã Mỹ Long
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29422,Xã Mỹ Long Bắc,false,86,29419,Xã Mỹ Long
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29425,Xã Mỹ Long Nam,false,86,29419,Xã Mỹ Long
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29428,Xã Mỹ Hòa,false,86,29416,Xã Cầu Ngang
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29431,Xã Vinh Kim,false,86,29431,Xã Vinh Kim
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29434,Xã Kim Hòa,false,86,29431,Xã Vinh Kim
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29437,Xã Hiệp Hòa,false,86,29446,Xã Nhị Trường
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29440,Xã Thuận Hòa,false,86,29416,Xã Cầu Ngang
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29443,Xã Long Sơn,false,86,29455,Xã Hiệp Mỹ
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29446,Xã Nhị Trường,false,86,29446,Xã Nhị Trường
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29449,Xã Trường Thọ,false,86,29446,Xã Nhị Trường
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29452,Xã Hiệp Mỹ Đông,false,86,29455,Xã Hiệp Mỹ
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29455,Xã Hiệp Mỹ Tây,false,86,29455,Xã Hiệp Mỹ
84,Tỉnh Trà Vinh,848,Huyện Cầu Ngang,29458,Xã Thạnh Hòa Sơn,false,86,29530,Xã Ngũ Lạc
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29461,Thị trấn Trà Cú,false,86,29461,Xã Trà Cú
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29462,Thị trấn Định An,false,86,29491,Xã Đại An
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29464,Xã Phước Hưng,false,86,29467,Xã Tập Sơn
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29467,Xã Tập Sơn,false,86,29467,Xã Tập Sơn
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29470,Xã Tân Sơn,false,86,29467,Xã Tập Sơn
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29473,Xã An Quảng Hữu,false,86,29476,Xã Lưu Nghiệp Anh
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29476,Xã Lưu Nghiệp Anh,false,86,29476,Xã Lưu Nghiệp Anh
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29479,Xã Ngãi Xuyên,false,86,29461,Xã Trà Cú
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29482,Xã Kim Sơn,false,86,29489,Xã Hàm Giang
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29485,Xã Thanh Sơn,false,86,29461,Xã Trà Cú
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29488,Xã Hàm Giang,false,86,29489,Xã Hàm Giang
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29489,Xã Hàm Tân,false,86,29489,Xã Hàm Giang
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29491,Xã Đại An,false,86,29491,Xã Đại An
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29494,Xã Định An,false,86,29491,Xã Đại An
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29503,Xã Ngọc Biên,false,86,29506,Xã Long Hiệp
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29506,Xã Long Hiệp,false,86,29506,Xã Long Hiệp
84,Tỉnh Trà Vinh,849,Huyện Trà Cú,29509,Xã Tân Hiệp,false,86,29506,Xã Long Hiệp
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29497,Xã Đôn Xuân,false,86,29497,Xã Đôn Châu
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29500,Xã Đôn Châu,false,86,29497,Xã Đôn Châu
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29513,Thị trấn Long Thành,false,86,29513,Xã Long Thành
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29521,Xã Long Khánh,false,86,29513,Xã Long Thành
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29530,Xã Ngũ Lạc,false,86,29530,Xã Ngũ Lạc
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29533,Xã Long Vĩnh,false,86,29533,Xã Long Vĩnh
84,Tỉnh Trà Vinh,850,Huyện Duyên Hải,29536,Xã Đông Hải,false,86,29536,Xã Đông Hải
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29512,Phường 1,false,86,29512,Phường Duyên Hải
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29515,Xã Long Toàn,false,86,29512,Phường Duyên Hải
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29516,Phường 2,false,86,29516,Phường Trường Long Hòa
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29518,Xã Long Hữu,false,86,29518,Xã Long Hữu
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29524,Xã Dân Thành,false,86,29512,Phường Duyên Hải
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29527,Xã Trường Long Hòa,false,86,29516,Phường Trường Long Hòa
84,Tỉnh Trà Vinh,851,Thị xã Duyên Hải,29539,Xã Hiệp Thạnh,false,86,29518,Xã Long Hữu
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29542,Phường 9,false,86,29551,Phường Long Châu
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29545,Phường 5,false,86,29590,Phường Thanh Đức
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29551,Phường 1,false,86,29551,Phường Long Châu
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29554,Phường 4,false,86,29557,Phường Phước Hậu
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29557,Phường 3,false,86,29557,Phường Phước Hậu
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29560,Phường 8,false,86,29593,Phường Tân Hạnh
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29563,Phường Tân Ngãi,false,86,29566,Phường Tân Ngãi
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29566,Phường Tân Hòa,false,86,29566,Phường Tân Ngãi
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29569,Phường Tân Hội,false,86,29566,Phường Tân Ngãi
86,Tỉnh Vĩnh Long,855,Thành phố Vĩnh Long,29572,Phường Trường An,false,86,29551,Phường Long Châu
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29578,Xã Đồng Phú,false,86,29584,Xã An Bình
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29581,Xã Bình Hòa Phước,false,86,29584,Xã An Bình
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29584,Xã Hòa Ninh,false,86,29584,Xã An Bình
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29587,Xã An Bình,false,86,29584,Xã An Bình
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29590,Xã Thanh Đức,false,86,29590,Phường Thanh Đức
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29593,Xã Tân Hạnh,false,86,29593,Phường Tân Hạnh
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29596,Xã Phước Hậu,false,86,29557,Phường Phước Hậu
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29599,Xã Long Phước,false,86,29602,Xã Long Hồ
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29602,Thị trấn Long Hồ,false,86,29602,Xã Long Hồ
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29605,Xã Lộc Hòa,false,86,29611,Xã Phú Quới
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29608,Xã Long An,false,86,29602,Xã Long Hồ
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29611,Xã Phú Quới,false,86,29611,Xã Phú Quới
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29614,Xã Thạnh Quới,false,86,29611,Xã Phú Quới
86,Tỉnh Vĩnh Long,857,Huyện Long Hồ,29617,Xã Hòa Phú,false,86,29611,Xã Phú Quới
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29623,Xã Mỹ An,true,86,29623,Xã Nhơn Phú
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29623,Xã Mỹ An,true,86,29182,Xã Thạnh Phú
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29626,Xã Mỹ Phước,false,86,29623,Xã Nhơn Phú
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29629,Xã An Phước,false,86,29641,Xã Cái Nhum
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29632,Xã Nhơn Phú,false,86,29623,Xã Nhơn Phú
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29635,Xã Long Mỹ,false,86,29638,Xã Bình Phước
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29638,Xã Hòa Tịnh,false,86,29638,Xã Bình Phước
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29641,Thị trấn Cái Nhum,false,86,29641,Xã Cái Nhum
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29644,Xã Bình Phước,false,86,29638,Xã Bình Phước
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29647,Xã Chánh An,false,86,29641,Xã Cái Nhum
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29650,Xã Tân An Hội,false,86,29653,Xã Tân Long Hội
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29653,Xã Tân Long,false,86,29653,Xã Tân Long Hội
86,Tỉnh Vĩnh Long,858,Huyện Mang Thít,29656,Xã Tân Long Hội,false,86,29653,Xã Tân Long Hội
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29659,Thị trấn Vũng Liêm,false,86,29659,Xã Trung Thành
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29662,Xã Tân Quới Trung,false,86,29668,Xã Quới An
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29665,Xã Quới Thiện,false,86,29677,Xã Quới Thiện
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29668,Xã Quới An,false,86,29668,Xã Quới An
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29671,Xã Trung Chánh,false,86,29683,Xã Trung Hiệp
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29674,Xã Tân An Luông,false,86,29683,Xã Trung Hiệp
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29677,Xã Thanh Bình,false,86,29677,Xã Quới Thiện
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29680,Xã Trung Thành Tây,false,86,29668,Xã Quới An
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29683,Xã Trung Hiệp,false,86,29683,Xã Trung Hiệp
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29686,Xã Hiếu Phụng,false,86,29701,Xã Hiếu Phụng
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29689,Xã Trung Thành Đông,false,86,29698,Xã Trung Ngãi
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29692,Xã Trung Thành,false,86,29659,Xã Trung Thành
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29695,Xã Trung Hiếu,false,86,29659,Xã Trung Thành
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29698,Xã Trung Ngãi,false,86,29698,Xã Trung Ngãi
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29701,Xã Hiếu Thuận,false,86,29701,Xã Hiếu Phụng
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29704,Xã Trung Nghĩa,false,86,29698,Xã Trung Ngãi
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29707,Xã Trung An,false,86,29701,Xã Hiếu Phụng
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29710,Xã Hiếu Nhơn,false,86,29713,Xã Hiếu Thành
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29713,Xã Hiếu Thành,false,86,29713,Xã Hiếu Thành
86,Tỉnh Vĩnh Long,859,Huyện Vũng Liêm,29716,Xã Hiếu Nghĩa,false,86,29713,Xã Hiếu Thành
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29719,Thị trấn Tam Bình,true,86,29719,Xã Tam Bình
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29719,Thị trấn Tam Bình,true,86,29836,Xã Trà Côn
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29722,Xã Tân Lộc,false,86,29728,Xã Cái Ngang
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29725,Xã Phú Thịnh,false,86,29740,Xã Song Phú
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29728,Xã Hậu Lộc,false,86,29728,Xã Cái Ngang
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29731,Xã Hòa Thạnh,false,86,29734,Xã Hòa Hiệp
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29734,Xã Hòa Lộc,true,86,29734,Xã Hòa Hiệp
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29734,Xã Hòa Lộc,true,86,28921,Xã Tân Thành Bình
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29737,Xã Phú Lộc,false,86,29728,Xã Cái Ngang
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29740,Xã Song Phú,false,86,29740,Xã Song Phú
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29743,Xã Hòa Hiệp,false,86,29734,Xã Hòa Hiệp
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29746,Xã Mỹ Lộc,false,86,29728,Xã Cái Ngang
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29749,Xã Tân Phú,false,86,29740,Xã Song Phú
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29752,Xã Long Phú,false,86,29740,Xã Song Phú
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29755,Xã Mỹ Thạnh Trung,false,86,29719,Xã Tam Bình
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29761,Xã Loan Mỹ,false,86,29767,Xã Ngãi Tứ
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29764,Xã Ngãi Tứ,true,86,29770,Phường Cái Vồn
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29764,Xã Ngãi Tứ,true,86,29767,Xã Ngãi Tứ
86,Tỉnh Vĩnh Long,860,Huyện Tam Bình,29767,Xã Bình Ninh,false,86,29767,Xã Ngãi Tứ
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29770,Phường Cái Vồn,true,86,29771,Phường Bình Minh
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29770,Phường Cái Vồn,true,86,29770,Phường Cái Vồn
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29771,Phường Thành Phước,true,86,29771,Phường Bình Minh
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29771,Phường Thành Phước,true,86,29770,Phường Cái Vồn
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29806,Xã Thuận An,false,86,29771,Phường Bình Minh
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29809,Xã Đông Thạnh,false,86,29812,Phường Đông Thành
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29812,Xã Đông Bình,false,86,29812,Phường Đông Thành
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29813,Phường Đông Thuận,false,86,29812,Phường Đông Thành
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29815,Xã Mỹ Hòa,false,86,29770,Phường Cái Vồn
86,Tỉnh Vĩnh Long,861,Thị xã Bình Minh,29818,Xã Đông Thành,false,86,29812,Phường Đông Thành
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29821,Thị trấn Trà Ôn,true,86,29767,Xã Ngãi Tứ
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29821,Thị trấn Trà Ôn,true,86,29821,Xã Trà Ôn
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29824,Xã Xuân Hiệp,false,86,29830,Xã Hòa Bình
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29827,Xã Nhơn Bình,false,86,29836,Xã Trà Côn
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29830,Xã Hòa Bình,false,86,29830,Xã Hòa Bình
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29833,Xã Thới Hòa,false,86,29830,Xã Hòa Bình
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29836,Xã Trà Côn,false,86,29836,Xã Trà Côn
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29839,Xã Tân Mỹ,false,86,29836,Xã Trà Côn
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29842,Xã Hựu Thành,false,86,29845,Xã Vĩnh Xuân
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29845,Xã Vĩnh Xuân,false,86,29845,Xã Vĩnh Xuân
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29848,Xã Thuận Thới,false,86,29845,Xã Vĩnh Xuân
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29851,Xã Phú Thành,false,86,29857,Xã Lục Sĩ Thành
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29857,Xã Lục Sĩ Thành,false,86,29857,Xã Lục Sĩ Thành
86,Tỉnh Vĩnh Long,862,Huyện Trà Ôn,29860,Xã Tích Thiện,false,86,29821,Xã Trà Ôn
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29776,Xã Tân Thành,false,86,29785,Xã Tân Lược
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29779,Xã Thành Trung,false,86,29788,Xã Mỹ Thuận
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29782,Xã Tân An Thạnh,false,86,29785,Xã Tân Lược
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29785,Xã Tân Lược,false,86,29785,Xã Tân Lược
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29788,Xã Nguyễn Văn Thảnh,false,86,29788,Xã Mỹ Thuận
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29791,Xã Thành Lợi,false,86,29800,Xã Tân Quới
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29794,Xã Mỹ Thuận,false,86,29788,Xã Mỹ Thuận
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29797,Xã Tân Bình,false,86,29800,Xã Tân Quới
86,Tỉnh Vĩnh Long,863,Huyện Bình Tân,29800,Thị trấn Tân Quới,false,86,29800,Xã Tân Quới
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29869,Phường 1,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29872,Phường 4,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29875,Phường 3,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29878,Phường 6,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29881,Phường Mỹ Ngãi,false,82,29884,Phường Mỹ Ngãi
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29884,Xã Mỹ Tân,false,82,29884,Phường Mỹ Ngãi
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29887,Xã Mỹ Trà,false,82,29888,Phường Mỹ Trà
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29888,Phường Mỹ Phú,false,82,29888,Phường Mỹ Trà
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29890,Xã Tân Thuận Tây,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29892,Phường Hòa Thuận,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29893,Xã Hòa An,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29896,Xã Tân Thuận Đông,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,866,Thành phố Cao Lãnh,29899,Xã Tịnh Thới,false,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29902,Phường 3,true,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29902,Phường 3,true,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29905,Phường 1,false,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29908,Phường 4,true,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29908,Phường 4,true,82,29869,Phường Cao Lãnh
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29911,Phường 2,false,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29914,Xã Tân Khánh Đông,false,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29917,Phường Tân Quy Đông,false,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29919,Phường An Hòa,false,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29920,Xã Tân Quy Tây,false,82,29905,Phường Sa Đéc
87,Tỉnh Đồng Tháp,867,Thành phố Sa Đéc,29923,Xã Tân Phú Đông,false,82,30214,Xã Tân Dương
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29954,Phường An Lộc,false,82,29954,Phường An Bình
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29955,Phường An Thạnh,false,82,29955,Phường Hồng Ngự
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29959,Xã Bình Thạnh,false,82,29955,Phường Hồng Ngự
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29965,Xã Tân Hội,false,82,29955,Phường Hồng Ngự
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29978,Phường An Lạc,false,82,29978,Phường Thường Lạc
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29986,Phường An Bình B,false,82,29954,Phường An Bình
87,Tỉnh Đồng Tháp,868,Thành phố Hồng Ngự,29989,Phường An Bình A,false,82,29954,Phường An Bình
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29926,Thị trấn Sa Rài,false,82,29926,Xã Tân Hồng
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29929,Xã Tân Hộ Cơ,false,82,29929,Xã Tân Hộ Cơ
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29932,Xã Thông Bình,false,82,29938,Xã Tân Thành
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29935,Xã Bình Phú,false,82,29926,Xã Tân Hồng
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29938,Xã Tân Thành A,false,82,29938,Xã Tân Thành
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29941,Xã Tân Thành B,false,82,29929,Xã Tân Hộ Cơ
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29944,Xã Tân Phước,false,82,29944,Xã An Phước
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29947,Xã Tân Công Chí,false,82,29926,Xã Tân Hồng
87,Tỉnh Đồng Tháp,869,Huyện Tân Hồng,29950,Xã An Phước,false,82,29944,Xã An Phước
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29956,Xã Thường Phước 1,false,82,29971,Xã Thường Phước
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29962,Xã Thường Thới Hậu A,false,82,29978,Phường Thường Lạc
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29971,Thị trấn Thường Thới Tiền,false,82,29971,Xã Thường Phước
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29974,Xã Thường Phước 2,false,82,29971,Xã Thường Phước
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29977,Xã Thường Lạc,false,82,29978,Phường Thường Lạc
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29980,Xã Long Khánh A,false,82,29983,Xã Long Khánh
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29983,Xã Long Khánh B,false,82,29983,Xã Long Khánh
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29992,Xã Long Thuận,false,82,29992,Xã Long Phú Thuận
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29995,Xã Phú Thuận B,true,82,29992,Xã Long Phú Thuận
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29995,Xã Phú Thuận B,true,82,30154,Xã Tân Long
87,Tỉnh Đồng Tháp,870,Huyện Hồng Ngự,29998,Xã Phú Thuận A,false,82,29992,Xã Long Phú Thuận
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30001,Thị trấn Tràm Chim,false,82,30001,Xã Tràm Chim
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30004,Xã Hòa Bình,false,82,30025,Xã Phú Cường
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30007,Xã Tân Công Sính,false,82,30001,Xã Tràm Chim
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30010,Xã Phú Hiệp,false,82,30010,Xã Tam Nông
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30013,Xã Phú Đức,false,82,30010,Xã Tam Nông
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30016,Xã Phú Thành B,false,82,30019,Xã An Hòa
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30019,Xã An Hòa,false,82,30019,Xã An Hòa
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30022,Xã An Long,false,82,30028,Xã An Long
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30025,Xã Phú Cường,false,82,30025,Xã Phú Cường
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30028,Xã Phú Ninh,false,82,30028,Xã An Long
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30031,Xã Phú Thọ,false,82,30034,Xã Phú Thọ
87,Tỉnh Đồng Tháp,871,Huyện Tam Nông,30034,Xã Phú Thành A,false,82,30034,Xã Phú Thọ
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30037,Thị trấn Mỹ An,false,82,30037,Xã Tháp Mười
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30040,Xã Thạnh Lợi,false,82,30046,Xã Trường Xuân
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30043,Xã Hưng Thạnh,false,82,30043,Xã Phương Thịnh
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30046,Xã Trường Xuân,false,82,30046,Xã Trường Xuân
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30049,Xã Tân Kiều,false,82,30061,Xã Đốc Binh Kiều
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30052,Xã Mỹ Hòa,false,82,30037,Xã Tháp Mười
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30055,Xã Mỹ Quý,false,82,30055,Xã Mỹ Quí
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30058,Xã Mỹ Đông,false,82,30055,Xã Mỹ Quí
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30061,Xã Đốc Binh Kiều,false,82,30061,Xã Đốc Binh Kiều
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30064,Xã Mỹ An,false,82,30037,Xã Tháp Mười
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30067,Xã Phú Điền,false,82,30073,Xã Thanh Mỹ
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30070,Xã Láng Biển,false,82,30055,Xã Mỹ Quí
87,Tỉnh Đồng Tháp,872,Huyện Tháp Mười,30073,Xã Thanh Mỹ,false,82,30073,Xã Thanh Mỹ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30076,Thị trấn Mỹ Thọ,false,82,30076,Xã Mỹ Thọ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30079,Xã Gáo Giồng,true,82,30088,Xã Phong Mỹ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30079,Xã Gáo Giồng,true,82,30025,Xã Phú Cường
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30082,Xã Phương Thịnh,false,82,30043,Xã Phương Thịnh
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30085,Xã Ba Sao,false,82,30085,Xã Ba Sao
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30088,Xã Phong Mỹ,false,82,30088,Xã Phong Mỹ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30091,Xã Tân Nghĩa,false,82,29884,Phường Mỹ Ngãi
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30094,Xã Phương Trà,false,82,30085,Xã Ba Sao
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30097,Xã Nhị Mỹ,false,82,29888,Phường Mỹ Trà
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30100,Xã Mỹ Thọ,false,82,30076,Xã Mỹ Thọ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30103,Xã Tân Hội Trung,false,82,30118,Xã Bình Hàng Trung
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30106,Xã An Bình,false,82,29888,Phường Mỹ Trà
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30109,Xã Mỹ Hội,false,82,30076,Xã Mỹ Thọ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30112,Xã Mỹ Hiệp,false,82,30112,Xã Mỹ Hiệp
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30115,Xã Mỹ Long,false,82,30112,Xã Mỹ Hiệp
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30118,Xã Bình Hàng Trung,false,82,30118,Xã Bình Hàng Trung
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30121,Xã Mỹ Xương,false,82,30076,Xã Mỹ Thọ
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30124,Xã Bình Hàng Tây,false,82,30118,Xã Bình Hàng Trung
87,Tỉnh Đồng Tháp,873,Huyện Cao Lãnh,30127,Xã Bình Thạnh,false,82,30112,Xã Mỹ Hiệp
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30130,Thị trấn Thanh Bình,false,82,30130,Xã Thanh Bình
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30133,Xã Tân Quới,false,82,30154,Xã Tân Long
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30136,Xã Tân Hòa,false,82,30154,Xã Tân Long
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30139,Xã An Phong,false,82,30028,Xã An Long
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30142,Xã Phú Lợi,false,82,30157,Xã Tân Thạnh
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30145,Xã Tân Mỹ,false,82,30130,Xã Thanh Bình
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30148,Xã Bình Tấn,false,82,30163,Xã Bình Thành
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30151,Xã Tân Huề,false,82,30154,Xã Tân Long
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30154,Xã Tân Bình,false,82,30154,Xã Tân Long
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30157,Xã Tân Thạnh,true,82,30157,Xã Tân Thạnh
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30157,Xã Tân Thạnh,true,82,30130,Xã Thanh Bình
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30160,Xã Tân Phú,false,82,30130,Xã Thanh Bình
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30163,Xã Bình Thành,false,82,30163,Xã Bình Thành
87,Tỉnh Đồng Tháp,874,Huyện Thanh Bình,30166,Xã Tân Long,false,82,30154,Xã Tân Long
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30169,Thị trấn Lấp Vò,false,82,30169,Xã Lấp Vò
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30172,Xã Mỹ An Hưng A,false,82,30178,Xã Mỹ An Hưng
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30175,Xã Tân Mỹ,false,82,30178,Xã Mỹ An Hưng
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30178,Xã Mỹ An Hưng B,false,82,30178,Xã Mỹ An Hưng
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30181,Xã Tân Khánh Trung,false,82,30184,Xã Tân Khánh Trung
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30184,Xã Long Hưng A,false,82,30184,Xã Tân Khánh Trung
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30187,Xã Vĩnh Thạnh,false,82,30169,Xã Lấp Vò
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30190,Xã Long Hưng B,false,82,30184,Xã Tân Khánh Trung
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30193,Xã Bình Thành,false,82,30169,Xã Lấp Vò
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30196,Xã Định An,false,82,30226,Xã Lai Vung
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30199,Xã Định Yên,false,82,30226,Xã Lai Vung
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30202,Xã Hội An Đông,false,82,30178,Xã Mỹ An Hưng
87,Tỉnh Đồng Tháp,875,Huyện Lấp Vò,30205,Xã Bình Thạnh Trung,false,82,30169,Xã Lấp Vò
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30208,Thị trấn Lai Vung,false,82,30208,Xã Hòa Long
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30211,Xã Tân Dương,false,82,30214,Xã Tân Dương
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30214,Xã Hòa Thành,false,82,30214,Xã Tân Dương
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30217,Xã Long Hậu,false,82,30208,Xã Hòa Long
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30220,Xã Tân Phước,false,82,30226,Xã Lai Vung
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30223,Xã Hòa Long,false,82,30208,Xã Hòa Long
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30226,Xã Tân Thành,false,82,30226,Xã Lai Vung
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30229,Xã Long Thắng,false,82,30208,Xã Hòa Long
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30232,Xã Vĩnh Thới,false,82,30235,Xã Phong Hòa
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30235,Xã Tân Hòa,false,82,30235,Xã Phong Hòa
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30238,Xã Định Hòa,false,82,30235,Xã Phong Hòa
87,Tỉnh Đồng Tháp,876,Huyện Lai Vung,30241,Xã Phong Hòa,false,82,30235,Xã Phong Hòa
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30244,Thị trấn Cái Tàu Hạ,false,82,30244,Xã Phú Hựu
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30247,Xã An Hiệp,false,82,30244,Xã Phú Hựu
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30250,Xã An Nhơn,false,82,30244,Xã Phú Hựu
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30253,Xã Tân Nhuận Đông,false,82,30253,Xã Tân Nhuận Đông
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30256,Xã Tân Bình,false,82,30259,Xã Tân Phú Trung
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30259,Xã Tân Phú Trung,false,82,30259,Xã Tân Phú Trung
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30262,Xã Phú Long,false,82,30259,Xã Tân Phú Trung
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30265,Xã An Phú Thuận,false,82,30244,Xã Phú Hựu
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30268,Xã Phú Hựu,false,82,30244,Xã Phú Hựu
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30271,Xã An Khánh,false,82,30253,Xã Tân Nhuận Đông
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30274,Xã Tân Phú,false,82,30259,Xã Tân Phú Trung
87,Tỉnh Đồng Tháp,877,Huyện Châu Thành,30277,Xã Hòa Tân,false,82,30253,Xã Tân Nhuận Đông
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30280,Phường Mỹ Bình,false,91,30307,Phường Long Xuyên
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30283,Phường Mỹ Long,false,91,30307,Phường Long Xuyên
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30286,Phường Mỹ Xuyên,false,91,30307,Phường Long Xuyên
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30289,Phường Bình Đức,false,91,30292,Phường Bình Đức
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30292,Phường Bình Khánh,false,91,30292,Phường Bình Đức
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30295,Phường Mỹ Phước,false,91,30307,Phường Long Xuyên
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30298,Phường Mỹ Quý,false,91,30307,Phường Long Xuyên
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30301,Phường Mỹ Thới,false,91,30301,Phường Mỹ Thới
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30304,Phường Mỹ Thạnh,false,91,30301,Phường Mỹ Thới
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30307,Phường Mỹ Hòa,false,91,30307,Phường Long Xuyên
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30310,Xã Mỹ Khánh,false,91,30292,Phường Bình Đức
89,Tỉnh An Giang,883,Thành phố Long Xuyên,30313,Xã Mỹ Hòa Hưng,false,91,30313,Xã Mỹ Hòa Hưng
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30316,Phường Châu Phú B,false,91,30316,Phường Châu Đốc
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30319,Phường Châu Phú A,false,91,30316,Phường Châu Đốc
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30322,Phường Vĩnh Mỹ,false,91,30316,Phường Châu Đốc
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30325,Phường Núi Sam,false,91,30325,Phường Vĩnh Tế
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30328,Phường Vĩnh Nguơn,false,91,30316,Phường Châu Đốc
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30331,Xã Vĩnh Tế,false,91,30325,Phường Vĩnh Tế
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30334,Xã Vĩnh Châu,true,91,30316,Phường Châu Đốc
89,Tỉnh An Giang,884,Thành phố Châu Đốc,30334,Xã Vĩnh Châu,true,91,30325,Phường Vĩnh Tế
89,Tỉnh An Giang,886,Huyện An Phú,30337,Thị trấn An Phú,false,91,30337,Xã An Phú
89,Tỉnh An Giang,886,Huyện An Phú,30340,Xã Khánh An,false,91,30341,Xã Khánh Bình
89,Tỉnh An Giang,886,Huyện An Phú,30341,Thị trấn Long Bình,false,91,30341,Xã Khánh Bình
89,Tỉnh An Giang,886,Huyện An Phú,30343,Xã Khánh Bình,false,91,30341,Xã Khánh Bình
89,Tỉnh An Giang,886,Huyện An Phú,30346,Xã Quốc Thái,false,91,30346,Xã Nhơn Hội
89,Tỉnh An Giang,886,Huyện An Phú,30349,Xã Nhơn Hội,false,91,30346,Xã Nhơn Hội
89,Tỉnh An Giang,886,Huyện An Phú,30352,Xã Phú Hữu,false,91,30352,Xã Phú Hữu
89,Tỉnh An Giang,886,Huyện An Phú,30355,Xã Phú Hội,true,91,30337,Xã An Phú
89,Tỉnh An Giang,886,Huyện An Phú,30355,Xã Phú Hội,true,91,30346,Xã Nhơn Hội
89,Tỉnh An Giang,886,Huyện An Phú,30358,Xã Phước Hưng,true,91,30337,Xã An Phú
89,Tỉnh An Giang,886,Huyện An Phú,30358,Xã Phước Hưng,true,91,30346,Xã Nhơn Hội
89,Tỉnh An Giang,886,Huyện An Phú,30358,Xã Phước Hưng,true,91,30352,Xã Phú Hữu
89,Tỉnh An Giang,886,Huyện An Phú,30361,Xã Vĩnh Lộc,false,91,30352,Xã Phú Hữu
89,Tỉnh An Giang,886,Huyện An Phú,30364,Xã Vĩnh Hậu,false,91,30367,Xã Vĩnh Hậu
89,Tỉnh An Giang,886,Huyện An Phú,30367,Xã Vĩnh Trường,false,91,30367,Xã Vĩnh Hậu
89,Tỉnh An Giang,886,Huyện An Phú,30370,Xã Vĩnh Hội Đông,false,91,30337,Xã An Phú
89,Tỉnh An Giang,886,Huyện An Phú,30373,Thị trấn Đa Phước,false,91,30367,Xã Vĩnh Hậu
89,Tỉnh An Giang,887,Thị xã Tân Châu,30376,Phường Long Thạnh,false,91,30376,Phường Tân Châu
89,Tỉnh An Giang,887,Thị xã Tân Châu,30377,Phường Long Hưng,false,91,30377,Phường Long Phú
89,Tỉnh An Giang,887,Thị xã Tân Châu,30378,Phường Long Châu,false,91,30377,Phường Long Phú
89,Tỉnh An Giang,887,Thị xã Tân Châu,30379,Xã Phú Lộc,false,91,30385,Xã Vĩnh Xương
89,Tỉnh An Giang,887,Thị xã Tân Châu,30382,Xã Vĩnh Xương,false,91,30385,Xã Vĩnh Xương
89,Tỉnh An Giang,887,Thị xã Tân Châu,30385,Xã Vĩnh Hòa,false,91,30385,Xã Vĩnh Xương
89,Tỉnh An Giang,887,Thị xã Tân Châu,30387,Xã Tân Thạnh,false,91,30388,Xã Tân An
89,Tỉnh An Giang,887,Thị xã Tân Châu,30388,Xã Tân An,false,91,30388,Xã Tân An
89,Tỉnh An Giang,887,Thị xã Tân Châu,30391,Xã Long An,false,91,30388,Xã Tân An
89,Tỉnh An Giang,887,Thị xã Tân Châu,30394,Phường Long Phú,false,91,30377,Phường Long Phú
89,Tỉnh An Giang,887,Thị xã Tân Châu,30397,Xã Châu Phong,false,91,30403,Xã Châu Phong
89,Tỉnh An Giang,887,Thị xã Tân Châu,30400,Xã Phú Vĩnh,false,91,30403,Xã Châu Phong
89,Tỉnh An Giang,887,Thị xã Tân Châu,30403,Xã Lê Chánh,false,91,30403,Xã Châu Phong
89,Tỉnh An Giang,887,Thị xã Tân Châu,30412,Phường Long Sơn,false,91,30376,Phường Tân Châu
89,Tỉnh An Giang,888,Huyện Phú Tân,30406,Thị trấn Phú Mỹ,false,91,30406,Xã Phú Tân
89,Tỉnh An Giang,888,Huyện Phú Tân,30409,Thị trấn Chợ Vàm,false,91,30409,Xã Chợ Vàm
89,Tỉnh An Giang,888,Huyện Phú Tân,30415,Xã Long Hòa,false,91,30421,Xã Phú Lâm
89,Tỉnh An Giang,888,Huyện Phú Tân,30418,Xã Phú Long,false,91,30421,Xã Phú Lâm
89,Tỉnh An Giang,888,Huyện Phú Tân,30421,Xã Phú Lâm,false,91,30421,Xã Phú Lâm
89,Tỉnh An Giang,888,Huyện Phú Tân,30424,Xã Phú Hiệp,false,91,30430,Xã Hòa Lạc
89,Tỉnh An Giang,888,Huyện Phú Tân,30427,Xã Phú Thạnh,false,91,30409,Xã Chợ Vàm
89,Tỉnh An Giang,888,Huyện Phú Tân,30430,Xã Hòa Lạc,false,91,30430,Xã Hòa Lạc
89,Tỉnh An Giang,888,Huyện Phú Tân,30433,Xã Phú Thành,false,91,30409,Xã Chợ Vàm
89,Tỉnh An Giang,888,Huyện Phú Tân,30436,Xã Phú An,false,91,30436,Xã Phú An
89,Tỉnh An Giang,888,Huyện Phú Tân,30439,Xã Phú Xuân,false,91,30436,Xã Phú An
89,Tỉnh An Giang,888,Huyện Phú Tân,30442,Xã Hiệp Xương,false,91,30445,Xã Bình Thạnh Đông
89,Tỉnh An Giang,888,Huyện Phú Tân,30445,Xã Phú Bình,false,91,30445,Xã Bình Thạnh Đông
89,Tỉnh An Giang,888,Huyện Phú Tân,30448,Xã Phú Thọ,false,91,30436,Xã Phú An
89,Tỉnh An Giang,888,Huyện Phú Tân,30451,Xã Phú Hưng,false,91,30406,Xã Phú Tân
89,Tỉnh An Giang,888,Huyện Phú Tân,30454,Xã Bình Thạnh Đông,false,91,30445,Xã Bình Thạnh Đông
89,Tỉnh An Giang,888,Huyện Phú Tân,30457,Xã Tân Hòa,false,91,30406,Xã Phú Tân
89,Tỉnh An Giang,888,Huyện Phú Tân,30460,Xã Tân Trung,false,91,30406,Xã Phú Tân
89,Tỉnh An Giang,889,Huyện Châu Phú,30463,Thị trấn Cái Dầu,false,91,30463,Xã Châu Phú
89,Tỉnh An Giang,889,Huyện Châu Phú,30466,Xã Khánh Hòa,false,91,30469,Xã Mỹ Đức
89,Tỉnh An Giang,889,Huyện Châu Phú,30469,Xã Mỹ Đức,false,91,30469,Xã Mỹ Đức
89,Tỉnh An Giang,889,Huyện Châu Phú,30472,Xã Mỹ Phú,false,91,30478,Xã Vĩnh Thạnh Trung
89,Tỉnh An Giang,889,Huyện Châu Phú,30475,Xã Ô Long Vĩ,false,91,30481,Xã Thạnh Mỹ Tây
89,Tỉnh An Giang,889,Huyện Châu Phú,30478,Thị trấn Vĩnh Thạnh Trung,false,91,30478,Xã Vĩnh Thạnh Trung
89,Tỉnh An Giang,889,Huyện Châu Phú,30481,Xã Thạnh Mỹ Tây,false,91,30481,Xã Thạnh Mỹ Tây
89,Tỉnh An Giang,889,Huyện Châu Phú,30484,Xã Bình Long,false,91,30463,Xã Châu Phú
89,Tỉnh An Giang,889,Huyện Châu Phú,30487,Xã Bình Mỹ,false,91,30487,Xã Bình Mỹ
89,Tỉnh An Giang,889,Huyện Châu Phú,30490,Xã Bình Thủy,false,91,30487,Xã Bình Mỹ
89,Tỉnh An Giang,889,Huyện Châu Phú,30493,Xã Đào Hữu Cảnh,false,91,30481,Xã Thạnh Mỹ Tây
89,Tỉnh An Giang,889,Huyện Châu Phú,30496,Xã Bình Phú,false,91,30463,Xã Châu Phú
89,Tỉnh An Giang,889,Huyện Châu Phú,30499,Xã Bình Chánh,false,91,30487,Xã Bình Mỹ
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30502,Phường Nhà Bàng,false,91,30502,Phường Thới Sơn
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30505,Phường Chi Lăng,false,91,30505,Phường Chi Lăng
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30508,Phường Núi Voi,false,91,30505,Phường Chi Lăng
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30511,Phường Nhơn Hưng,false,91,30502,Phường Thới Sơn
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30514,Phường An Phú,false,91,30520,Phường Tịnh Biên
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30517,Phường Thới Sơn,false,91,30502,Phường Thới Sơn
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30520,Phường Tịnh Biên,false,91,30520,Phường Tịnh Biên
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30523,Xã Văn Giáo,false,91,30526,Xã An Cư
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30526,Xã An Cư,false,91,30526,Xã An Cư
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30529,Xã An Nông,false,91,30520,Phường Tịnh Biên
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30532,Xã Vĩnh Trung,false,91,30526,Xã An Cư
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30535,Xã Tân Lợi,false,91,30505,Phường Chi Lăng
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30538,Xã An Hảo,false,91,30538,Xã Núi Cấm
89,Tỉnh An Giang,890,Thị xã Tịnh Biên,30541,Xã Tân Lập,false,91,30538,Xã Núi Cấm
89,Tỉnh An Giang,891,Huyện Tri Tôn,30544,Thị trấn Tri Tôn,false,91,30544,Xã Tri Tôn
89,Tỉnh An Giang,891,Huyện Tri Tôn,30547,Thị trấn Ba Chúc,false,91,30547,Xã Ba Chúc
89,Tỉnh An Giang,891,Huyện Tri Tôn,30550,Xã Lạc Quới,false,91,30547,Xã Ba Chúc
89,Tỉnh An Giang,891,Huyện Tri Tôn,30553,Xã Lê Trì,false,91,30547,Xã Ba Chúc
89,Tỉnh An Giang,891,Huyện Tri Tôn,30556,Xã Vĩnh Gia,false,91,30568,Xã Vĩnh Gia
89,Tỉnh An Giang,891,Huyện Tri Tôn,30559,Xã Vĩnh Phước,false,91,30568,Xã Vĩnh Gia
89,Tỉnh An Giang,891,Huyện Tri Tôn,30562,Xã Châu Lăng,false,91,30544,Xã Tri Tôn
89,Tỉnh An Giang,891,Huyện Tri Tôn,30565,Xã Lương Phi,false,91,30577,Xã Ô Lâm
89,Tỉnh An Giang,891,Huyện Tri Tôn,30568,Xã Lương An Trà,false,91,30568,Xã Vĩnh Gia
89,Tỉnh An Giang,891,Huyện Tri Tôn,30571,Xã Tà Đảnh,false,91,30580,Xã Cô Tô
89,Tỉnh An Giang,891,Huyện Tri Tôn,30574,Xã Núi Tô,false,91,30544,Xã Tri Tôn
89,Tỉnh An Giang,891,Huyện Tri Tôn,30577,Xã An Tức,false,91,30577,Xã Ô Lâm
89,Tỉnh An Giang,891,Huyện Tri Tôn,30580,Thị trấn Cô Tô,false,91,30580,Xã Cô Tô
89,Tỉnh An Giang,891,Huyện Tri Tôn,30583,Xã Tân Tuyến,false,91,30580,Xã Cô Tô
89,Tỉnh An Giang,891,Huyện Tri Tôn,30586,Xã Ô Lâm,false,91,30577,Xã Ô Lâm
89,Tỉnh An Giang,892,Huyện Châu Thành,30589,Thị trấn An Châu,false,91,30589,Xã An Châu
89,Tỉnh An Giang,892,Huyện Châu Thành,30592,Xã An Hòa,false,91,30607,Xã Bình Hòa
89,Tỉnh An Giang,892,Huyện Châu Thành,30595,Xã Cần Đăng,false,91,30595,Xã Cần Đăng
89,Tỉnh An Giang,892,Huyện Châu Thành,30598,Xã Vĩnh Hanh,false,91,30619,Xã Vĩnh Hanh
89,Tỉnh An Giang,892,Huyện Châu Thành,30601,Xã Bình Thạnh,false,91,30607,Xã Bình Hòa
89,Tỉnh An Giang,892,Huyện Châu Thành,30604,Thị trấn Vĩnh Bình,false,91,30604,Xã Vĩnh An
89,Tỉnh An Giang,892,Huyện Châu Thành,30607,Xã Bình Hòa,false,91,30607,Xã Bình Hòa
89,Tỉnh An Giang,892,Huyện Châu Thành,30610,Xã Vĩnh An,false,91,30604,Xã Vĩnh An
89,Tỉnh An Giang,892,Huyện Châu Thành,30613,Xã Hòa Bình Thạnh,false,91,30589,Xã An Châu
89,Tỉnh An Giang,892,Huyện Châu Thành,30616,Xã Vĩnh Lợi,false,91,30595,Xã Cần Đăng
89,Tỉnh An Giang,892,Huyện Châu Thành,30619,Xã Vĩnh Nhuận,false,91,30619,Xã Vĩnh Hanh
89,Tỉnh An Giang,892,Huyện Châu Thành,30622,Xã Tân Phú,false,91,30604,Xã Vĩnh An
89,Tỉnh An Giang,892,Huyện Châu Thành,30625,Xã Vĩnh Thành,false,91,30589,Xã An Châu
89,Tỉnh An Giang,893,Huyện Chợ Mới,30628,Thị trấn Chợ Mới,false,91,30628,Xã Chợ Mới
89,Tỉnh An Giang,893,Huyện Chợ Mới,30631,Thị trấn Mỹ Luông,false,91,30631,Xã Long Điền
89,Tỉnh An Giang,893,Huyện Chợ Mới,30634,Xã Kiến An,false,91,30628,Xã Chợ Mới
89,Tỉnh An Giang,893,Huyện Chợ Mới,30637,Xã Mỹ Hội Đông,false,91,30658,Xã Nhơn Mỹ
89,Tỉnh An Giang,893,Huyện Chợ Mới,30640,Xã Long Điền A,false,91,30631,Xã Long Điền
89,Tỉnh An Giang,893,Huyện Chợ Mới,30643,Xã Tấn Mỹ,false,91,30643,Xã Cù Lao Giêng
89,Tỉnh An Giang,893,Huyện Chợ Mới,30646,Xã Long Điền B,false,91,30631,Xã Long Điền
89,Tỉnh An Giang,893,Huyện Chợ Mới,30649,Xã Kiến Thành,false,91,30628,Xã Chợ Mới
89,Tỉnh An Giang,893,Huyện Chợ Mới,30652,Xã Mỹ Hiệp,false,91,30643,Xã Cù Lao Giêng
89,Tỉnh An Giang,893,Huyện Chợ Mới,30655,Xã Mỹ An,false,91,30664,Xã Long Kiến
89,Tỉnh An Giang,893,Huyện Chợ Mới,30658,Xã Nhơn Mỹ,false,91,30658,Xã Nhơn Mỹ
89,Tỉnh An Giang,893,Huyện Chợ Mới,30661,Xã Long Giang,false,91,30658,Xã Nhơn Mỹ
89,Tỉnh An Giang,893,Huyện Chợ Mới,30664,Xã Long Kiến,false,91,30664,Xã Long Kiến
89,Tỉnh An Giang,893,Huyện Chợ Mới,30667,Xã Bình Phước Xuân,false,91,30643,Xã Cù Lao Giêng
89,Tỉnh An Giang,893,Huyện Chợ Mới,30670,Xã An Thạnh Trung,false,91,30664,Xã Long Kiến
89,Tỉnh An Giang,893,Huyện Chợ Mới,30673,Thị trấn Hội An,false,91,30673,Xã Hội An
89,Tỉnh An Giang,893,Huyện Chợ Mới,30676,Xã Hòa Bình,false,91,30673,Xã Hội An
89,Tỉnh An Giang,893,Huyện Chợ Mới,30679,Xã Hòa An,false,91,30673,Xã Hội An
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30682,Thị trấn Núi Sập,false,91,30682,Xã Thoại Sơn
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30685,Thị trấn Phú Hòa,false,91,30685,Xã Phú Hòa
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30688,Thị Trấn Óc Eo,false,91,30688,Xã Óc Eo
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30691,Xã Tây Phú,false,91,30691,Xã Tây Phú
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30692,Xã An Bình,false,91,30691,Xã Tây Phú
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30694,Xã Vĩnh Phú,false,91,30709,Xã Định Mỹ
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30697,Xã Vĩnh Trạch,false,91,30697,Xã Vĩnh Trạch
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30700,Xã Phú Thuận,false,91,30685,Xã Phú Hòa
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30703,Xã Vĩnh Chánh,false,91,30685,Xã Phú Hòa
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30706,Xã Định Mỹ,false,91,30709,Xã Định Mỹ
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30709,Xã Định Thành,false,91,30709,Xã Định Mỹ
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30712,Xã Mỹ Phú Đông,false,91,30691,Xã Tây Phú
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30715,Xã Vọng Đông,false,91,30688,Xã Óc Eo
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30718,Xã Vĩnh Khánh,false,91,30697,Xã Vĩnh Trạch
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30721,Xã Thoại Giang,false,91,30682,Xã Thoại Sơn
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30724,Xã Bình Thành,false,91,30682,Xã Thoại Sơn
89,Tỉnh An Giang,894,Huyện Thoại Sơn,30727,Xã Vọng Thê,false,91,30688,Xã Óc Eo
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30733,Phường Vĩnh Thanh,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30736,Phường Vĩnh Quang,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30739,Phường Vĩnh Hiệp,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30742,Phường Vĩnh Thanh Vân,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30745,Phường Vĩnh Lạc,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30748,Phường An Hòa,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30751,Phường An Bình,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30754,Phường Rạch Sỏi,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30757,Phường Vĩnh Lợi,false,91,30742,Phường Rạch Giá
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30760,Phường Vĩnh Thông,false,91,30760,Phường Vĩnh Thông
91,Tỉnh Kiên Giang,899,Thành phố Rạch Giá,30763,Xã Phi Thông,false,91,30760,Phường Vĩnh Thông
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30766,Phường Tô Châu,false,91,30766,Phường Tô Châu
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30769,Phường Đông Hồ,false,91,30769,Phường Hà Tiên
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30772,Phường Bình San,false,91,30769,Phường Hà Tiên
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30775,Phường Pháo Đài,false,91,30769,Phường Hà Tiên
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30778,Phường Mỹ Đức,false,91,30769,Phường Hà Tiên
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30781,Xã Tiên Hải,false,91,30781,Xã Tiên Hải
91,Tỉnh Kiên Giang,900,Thành phố Hà Tiên,30784,Xã Thuận Yên,false,91,30766,Phường Tô Châu
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30787,Thị trấn Kiên Lương,false,91,30787,Xã Kiên Lương
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30790,Xã Kiên Bình,false,91,30790,Xã Hòa Điền
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30802,Xã Hòa Điền,false,91,30790,Xã Hòa Điền
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30805,Xã Dương Hòa,false,91,30766,Phường Tô Châu
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30808,Xã Bình An,false,91,30787,Xã Kiên Lương
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30809,Xã Bình Trị,false,91,30787,Xã Kiên Lương
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30811,Xã Sơn Hải,false,91,30811,Xã Sơn Hải
91,Tỉnh Kiên Giang,902,Huyện Kiên Lương,30814,Xã Hòn Nghệ,false,91,30814,Xã Hòn Nghệ
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30817,Thị trấn Hòn Đất,false,91,30817,Xã Hòn Đất
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30820,Thị trấn Sóc Sơn,false,91,30838,Xã Mỹ Thuận
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30823,Xã Bình Sơn,false,91,30823,Xã Bình Sơn
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30826,Xã Bình Giang,false,91,30826,Xã Bình Giang
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30828,Xã Mỹ Thái,false,91,30835,Xã Sơn Kiên
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30829,Xã Nam Thái Sơn,false,91,30817,Xã Hòn Đất
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30832,Xã Mỹ Hiệp Sơn,false,91,30838,Xã Mỹ Thuận
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30835,Xã Sơn Kiên,false,91,30835,Xã Sơn Kiên
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30836,Xã Sơn Bình,false,91,30835,Xã Sơn Kiên
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30838,Xã Mỹ Thuận,false,91,30838,Xã Mỹ Thuận
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30840,Xã Lình Huỳnh,false,91,30817,Xã Hòn Đất
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30841,Xã Thổ Sơn,false,91,30817,Xã Hòn Đất
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30844,Xã Mỹ Lâm,false,91,30760,Phường Vĩnh Thông
91,Tỉnh Kiên Giang,903,Huyện Hòn Đất,30847,Xã Mỹ Phước,false,91,30838,Xã Mỹ Thuận
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30850,Thị trấn Tân Hiệp,false,91,30850,Xã Tân Hiệp
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30853,Xã Tân Hội,false,91,30856,Xã Tân Hội
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30856,Xã Tân Thành,false,91,30856,Xã Tân Hội
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30859,Xã Tân Hiệp B,false,91,30850,Xã Tân Hiệp
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30860,Xã Tân Hòa,false,91,30856,Xã Tân Hội
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30862,Xã Thạnh Đông B,false,91,30850,Xã Tân Hiệp
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30865,Xã Thạnh Đông,false,91,30850,Xã Tân Hiệp
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30868,Xã Tân Hiệp A,false,91,30874,Xã Thạnh Đông
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30871,Xã Tân An,false,91,30856,Xã Tân Hội
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30874,Xã Thạnh Đông A,false,91,30874,Xã Thạnh Đông
91,Tỉnh Kiên Giang,904,Huyện Tân Hiệp,30877,Xã Thạnh Trị,false,91,30874,Xã Thạnh Đông
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30880,Thị trấn Minh Lương,false,91,30880,Xã Châu Thành
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30883,Xã Mong Thọ A,false,91,30886,Xã Thạnh Lộc
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30886,Xã Mong Thọ B,false,91,30886,Xã Thạnh Lộc
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30887,Xã Mong Thọ,false,91,30886,Xã Thạnh Lộc
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30889,Xã Giục Tượng,false,91,30880,Xã Châu Thành
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30892,Xã Vĩnh Hòa Hiệp,false,91,30898,Xã Bình An
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30893,Xã Vĩnh Hòa Phú,false,91,30898,Xã Bình An
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30895,Xã Minh Hòa,false,91,30880,Xã Châu Thành
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30898,Xã Bình An,false,91,30898,Xã Bình An
91,Tỉnh Kiên Giang,905,Huyện Châu Thành,30901,Xã Thạnh Lộc,false,91,30886,Xã Thạnh Lộc
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30904,Thị trấn Giồng Riềng,false,91,30904,Xã Giồng Riềng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30907,Xã Thạnh Hưng,false,91,30910,Xã Thạnh Hưng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30910,Xã Thạnh Phước,false,91,30910,Xã Thạnh Hưng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30913,Xã Thạnh Lộc,false,91,30910,Xã Thạnh Hưng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30916,Xã Thạnh Hòa,false,91,30904,Xã Giồng Riềng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30917,Xã Thạnh Bình,false,91,30904,Xã Giồng Riềng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30919,Xã Bàn Thạch,false,91,30904,Xã Giồng Riềng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30922,Xã Bàn Tân Định,false,91,30904,Xã Giồng Riềng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30925,Xã Ngọc Thành,false,91,30928,Xã Ngọc Chúc
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30928,Xã Ngọc Chúc,false,91,30928,Xã Ngọc Chúc
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30931,Xã Ngọc Thuận,false,91,30928,Xã Ngọc Chúc
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30934,Xã Hòa Hưng,false,91,30934,Xã Hòa Hưng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30937,Xã Hòa Lợi,false,91,30934,Xã Hòa Hưng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30940,Xã Hòa An,false,91,30934,Xã Hòa Hưng
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30943,Xã Long Thạnh,false,91,30943,Xã Long Thạnh
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30946,Xã Vĩnh Thạnh,false,91,30943,Xã Long Thạnh
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30947,Xã Vĩnh Phú,false,91,30943,Xã Long Thạnh
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30949,Xã Hòa Thuận,false,91,30949,Xã Hòa Thuận
91,Tỉnh Kiên Giang,906,Huyện Giồng Riềng,30950,Xã Ngọc Hòa,false,91,30949,Xã Hòa Thuận
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30952,Thị trấn Gò Quao,false,91,30952,Xã Gò Quao
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30955,Xã Vĩnh Hòa Hưng Bắc,false,91,30970,Xã Vĩnh Hòa Hưng
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30958,Xã Định Hòa,false,91,30958,Xã Định Hòa
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30961,Xã Thới Quản,false,91,30958,Xã Định Hòa
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30964,Xã Định An,false,91,30952,Xã Gò Quao
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30967,Xã Thủy Liễu,false,91,30958,Xã Định Hòa
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30970,Xã Vĩnh Hòa Hưng Nam,false,91,30970,Xã Vĩnh Hòa Hưng
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30973,Xã Vĩnh Phước A,false,91,30982,Xã Vĩnh Tuy
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30976,Xã Vĩnh Phước B,false,91,30952,Xã Gò Quao
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30979,Xã Vĩnh Tuy,false,91,30982,Xã Vĩnh Tuy
91,Tỉnh Kiên Giang,907,Huyện Gò Quao,30982,Xã Vĩnh Thắng,false,91,30982,Xã Vĩnh Tuy
91,Tỉnh Kiên Giang,908,Huyện An Biên,30985,Thị trấn Thứ Ba,false,91,30985,Xã An Biên
91,Tỉnh Kiên Giang,908,Huyện An Biên,30988,Xã Tây Yên,false,91,30988,Xã Tây Yên
91,Tỉnh Kiên Giang,908,Huyện An Biên,30991,Xã Tây Yên A,false,91,30988,Xã Tây Yên
91,Tỉnh Kiên Giang,908,Huyện An Biên,30994,Xã Nam Yên,false,91,30988,Xã Tây Yên
91,Tỉnh Kiên Giang,908,Huyện An Biên,30997,Xã Hưng Yên,false,91,30985,Xã An Biên
91,Tỉnh Kiên Giang,908,Huyện An Biên,31000,Xã Nam Thái,false,91,31006,Xã Đông Thái
91,Tỉnh Kiên Giang,908,Huyện An Biên,31003,Xã Nam Thái A,false,91,31006,Xã Đông Thái
91,Tỉnh Kiên Giang,908,Huyện An Biên,31006,Xã Đông Thái,false,91,31006,Xã Đông Thái
91,Tỉnh Kiên Giang,908,Huyện An Biên,31009,Xã Đông Yên,false,91,30985,Xã An Biên
91,Tỉnh Kiên Giang,909,Huyện An Minh,31018,Thị trấn Thứ Mười Một,false,91,31018,Xã An Minh
91,Tỉnh Kiên Giang,909,Huyện An Minh,31021,Xã Thuận Hòa,false,91,31031,Xã Tân Thạnh
91,Tỉnh Kiên Giang,909,Huyện An Minh,31024,Xã Đông Hòa,false,91,31024,Xã Đông Hòa
91,Tỉnh Kiên Giang,909,Huyện An Minh,31030,Xã Đông Thạnh,false,91,31024,Xã Đông Hòa
91,Tỉnh Kiên Giang,909,Huyện An Minh,31031,Xã Tân Thạnh,false,91,31031,Xã Tân Thạnh
91,Tỉnh Kiên Giang,909,Huyện An Minh,31033,Xã Đông Hưng,false,91,31018,Xã An Minh
91,Tỉnh Kiên Giang,909,Huyện An Minh,31036,Xã Đông Hưng A,false,91,31036,Xã Đông Hưng
91,Tỉnh Kiên Giang,909,Huyện An Minh,31039,Xã Đông Hưng B,false,91,31018,Xã An Minh
91,Tỉnh Kiên Giang,909,Huyện An Minh,31042,Xã Vân Khánh,false,91,31042,Xã Vân Khánh
91,Tỉnh Kiên Giang,909,Huyện An Minh,31045,Xã Vân Khánh Đông,false,91,31036,Xã Đông Hưng
91,Tỉnh Kiên Giang,909,Huyện An Minh,31048,Xã Vân Khánh Tây,false,91,31042,Xã Vân Khánh
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31051,Thị trấn Vĩnh Thuận,false,91,31051,Xã Vĩnh Phong
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31060,Xã Vĩnh Bình Bắc,false,91,31064,Xã Vĩnh Bình
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31063,Xã Vĩnh Bình Nam,false,91,31064,Xã Vĩnh Bình
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31064,Xã Bình Minh,false,91,31064,Xã Vĩnh Bình
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31069,Xã Vĩnh Thuận,false,91,31069,Xã Vĩnh Thuận
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31072,Xã Tân Thuận,false,91,31069,Xã Vĩnh Thuận
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31074,Xã Phong Đông,false,91,31051,Xã Vĩnh Phong
91,Tỉnh Kiên Giang,910,Huyện Vĩnh Thuận,31075,Xã Vĩnh Phong,false,91,31051,Xã Vĩnh Phong
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31078,Phường Dương Đông,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31081,Phường An Thới,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31084,Xã Cửa Cạn,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31087,Xã Gành Dầu,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31090,Xã Cửa Dương,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31093,Xã Hàm Ninh,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31096,Xã Dương Tơ,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31102,Xã Bãi Thơm,false,91,31078,Đặc khu Phú Quốc
91,Tỉnh Kiên Giang,911,Thành phố Phú Quốc,31105,Xã Thổ Châu,false,91,31105,Đặc khu Thổ Châu
91,Tỉnh Kiên Giang,912,Huyện Kiên Hải,31108,Xã Hòn Tre,false,91,31108,Đặc khu Kiên Hải
91,Tỉnh Kiên Giang,912,Huyện Kiên Hải,31111,Xã Lại Sơn,false,91,31108,Đặc khu Kiên Hải
91,Tỉnh Kiên Giang,912,Huyện Kiên Hải,31114,Xã An Sơn,false,91,31108,Đặc khu Kiên Hải
91,Tỉnh Kiên Giang,912,Huyện Kiên Hải,31115,Xã Nam Du,false,91,31108,Đặc khu Kiên Hải
91,Tỉnh Kiên Giang,913,Huyện U Minh Thượng,31012,Xã Thạnh Yên,false,91,31012,Xã Vĩnh Hòa
91,Tỉnh Kiên Giang,913,Huyện U Minh Thượng,31015,Xã Thạnh Yên A,false,91,31012,Xã Vĩnh Hòa
91,Tỉnh Kiên Giang,913,Huyện U Minh Thượng,31027,Xã An Minh Bắc,false,91,31027,Xã U Minh Thượng
91,Tỉnh Kiên Giang,913,Huyện U Minh Thượng,31054,Xã Vĩnh Hòa,false,91,31012,Xã Vĩnh Hòa
91,Tỉnh Kiên Giang,913,Huyện U Minh Thượng,31057,Xã Hòa Chánh,false,91,31012,Xã Vĩnh Hòa
91,Tỉnh Kiên Giang,913,Huyện U Minh Thượng,31066,Xã Minh Thuận,false,91,31027,Xã U Minh Thượng
91,Tỉnh Kiên Giang,914,Huyện Giang Thành,30791,Xã Vĩnh Phú,false,91,30793,Xã Vĩnh Điều
91,Tỉnh Kiên Giang,914,Huyện Giang Thành,30793,Xã Vĩnh Điều,false,91,30793,Xã Vĩnh Điều
91,Tỉnh Kiên Giang,914,Huyện Giang Thành,30796,Xã Tân Khánh Hòa,false,91,30796,Xã Giang Thành
91,Tỉnh Kiên Giang,914,Huyện Giang Thành,30797,Xã Phú Lợi,false,91,30796,Xã Giang Thành
91,Tỉnh Kiên Giang,914,Huyện Giang Thành,30799,Xã Phú Mỹ,false,91,30796,Xã Giang Thành
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31117,Phường Cái Khế,false,92,31120,Phường Cái Khế
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31120,Phường An Hòa,false,92,31120,Phường Cái Khế
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31123,Phường Thới Bình,false,92,31135,Phường Ninh Kiều
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31135,Phường Tân An,false,92,31135,Phường Ninh Kiều
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31144,Phường Xuân Khánh,false,92,31135,Phường Ninh Kiều
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31147,Phường Hưng Lợi,false,92,31147,Phường Tân An
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31149,Phường An Khánh,false,92,31147,Phường Tân An
92,Thành phố Cần Thơ,916,Quận Ninh Kiều,31150,Phường An Bình,false,92,31150,Phường An Bình
92,Thành phố Cần Thơ,917,Quận Ô Môn,31153,Phường Châu Văn Liêm,false,92,31153,Phường Ô Môn
92,Thành phố Cần Thơ,917,Quận Ô Môn,31154,Phường Thới Hòa,false,92,31153,Phường Ô Môn
92,Thành phố Cần Thơ,917,Quận Ô Môn,31156,Phường Thới Long,false,92,31157,Phường Thới Long
92,Thành phố Cần Thơ,917,Quận Ô Môn,31157,Phường Long Hưng,false,92,31157,Phường Thới Long
92,Thành phố Cần Thơ,917,Quận Ô Môn,31159,Phường Thới An,false,92,31153,Phường Ô Môn
92,Thành phố Cần Thơ,917,Quận Ô Môn,31162,Phường Phước Thới,false,92,31162,Phường Phước Thới
92,Thành phố Cần Thơ,917,Quận Ô Môn,31165,Phường Trường Lạc,false,92,31162,Phường Phước Thới
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31168,Phường Bình Thủy,false,92,31168,Phường Bình Thủy
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31169,Phường Trà An,false,92,31174,Phường Thới An Đông
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31171,Phường Trà Nóc,false,92,31174,Phường Thới An Đông
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31174,Phường Thới An Đông,false,92,31174,Phường Thới An Đông
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31177,Phường An Thới,false,92,31168,Phường Bình Thủy
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31178,Phường Bùi Hữu Nghĩa,true,92,31168,Phường Bình Thủy
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31178,Phường Bùi Hữu Nghĩa,true,92,31120,Phường Cái Khế
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31180,Phường Long Hòa,false,92,31183,Phường Long Tuyền
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31183,Phường Long Tuyền,true,92,31150,Phường An Bình
92,Thành phố Cần Thơ,918,Quận Bình Thủy,31183,Phường Long Tuyền,true,92,31183,Phường Long Tuyền
92,Thành phố Cần Thơ,919,Quận Cái Răng,31186,Phường Lê Bình,false,92,31186,Phường Cái Răng
92,Thành phố Cần Thơ,919,Quận Cái Răng,31189,Phường Hưng Phú,false,92,31201,Phường Hưng Phú
92,Thành phố Cần Thơ,919,Quận Cái Răng,31192,Phường Hưng Thạnh,false,92,31186,Phường Cái Răng
92,Thành phố Cần Thơ,919,Quận Cái Răng,31195,Phường Ba Láng,false,92,31186,Phường Cái Răng
92,Thành phố Cần Thơ,919,Quận Cái Răng,31198,Phường Thường Thạnh,false,92,31186,Phường Cái Răng
92,Thành phố Cần Thơ,919,Quận Cái Răng,31201,Phường Phú Thứ,false,92,31201,Phường Hưng Phú
92,Thành phố Cần Thơ,919,Quận Cái Răng,31204,Phường Tân Phú,false,92,31201,Phường Hưng Phú
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31207,Phường Thốt Nốt,true,92,31207,Phường Thốt Nốt
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31207,Phường Thốt Nốt,true,92,31228,Phường Thuận Hưng
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31210,Phường Thới Thuận,false,92,31207,Phường Thốt Nốt
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31212,Phường Thuận An,false,92,31207,Phường Thốt Nốt
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31213,Phường Tân Lộc,false,92,31213,Phường Tân Lộc
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31216,Phường Trung Nhứt,false,92,31217,Phường Trung Nhứt
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31217,Phường Thạnh Hòa,false,92,31217,Phường Trung Nhứt
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31219,Phường Trung Kiên,false,92,31228,Phường Thuận Hưng
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31227,Phường Tân Hưng,false,92,31157,Phường Thới Long
92,Thành phố Cần Thơ,923,Quận Thốt Nốt,31228,Phường Thuận Hưng,false,92,31228,Phường Thuận Hưng
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31211,Xã Vĩnh Bình,false,92,31237,Xã Vĩnh Trinh
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31231,Thị trấn Thạnh An,false,92,31231,Xã Thạnh An
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31232,Thị trấn Vĩnh Thạnh,false,92,31232,Xã Vĩnh Thạnh
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31234,Xã Thạnh Mỹ,false,92,31232,Xã Vĩnh Thạnh
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31237,Xã Vĩnh Trinh,false,92,31237,Xã Vĩnh Trinh
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31240,Xã Thạnh An,false,92,31246,Xã Thạnh Quới
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31241,Xã Thạnh Tiến,false,92,31246,Xã Thạnh Quới
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31243,Xã Thạnh Thắng,false,92,31231,Xã Thạnh An
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31244,Xã Thạnh Lợi,false,92,31231,Xã Thạnh An
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31246,Xã Thạnh Quới,true,92,31726,Xã Gia Hòa
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31246,Xã Thạnh Quới,true,92,31246,Xã Thạnh Quới
92,Thành phố Cần Thơ,924,Huyện Vĩnh Thạnh,31252,Xã Thạnh Lộc,false,92,31232,Xã Vĩnh Thạnh
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31222,Xã Trung An,false,92,31217,Phường Trung Nhứt
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31225,Xã Trung Thạnh,false,92,31255,Xã Trung Hưng
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31249,Xã Thạnh Phú,false,92,31249,Xã Thạnh Phú
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31255,Xã Trung Hưng,false,92,31255,Xã Trung Hưng
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31261,Thị trấn Cờ Đỏ,false,92,31261,Xã Cờ Đỏ
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31264,Xã Thới Hưng,false,92,31264,Xã Thới Hưng
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31273,Xã Đông Hiệp,false,92,31273,Xã Đông Hiệp
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31274,Xã Đông Thắng,false,92,31273,Xã Đông Hiệp
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31276,Xã Thới Đông,false,92,31261,Xã Cờ Đỏ
92,Thành phố Cần Thơ,925,Huyện Cờ Đỏ,31277,Xã Thới Xuân,false,92,31261,Xã Cờ Đỏ
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31299,Thị trấn Phong Điền,false,92,31299,Xã Phong Điền
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31300,Xã Nhơn Ái,false,92,31315,Xã Nhơn Ái
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31303,Xã Giai Xuân,false,92,31299,Xã Phong Điền
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31306,Xã Tân Thới,false,92,31299,Xã Phong Điền
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31309,Xã Trường Long,false,92,31309,Xã Trường Long
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31312,Xã Mỹ Khánh,false,92,31150,Phường An Bình
92,Thành phố Cần Thơ,926,Huyện Phong Điền,31315,Xã Nhơn Nghĩa,false,92,31315,Xã Nhơn Ái
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31258,Thị trấn Thới Lai,false,92,31258,Xã Thới Lai
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31267,Xã Thới Thạnh,false,92,31153,Phường Ô Môn
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31268,Xã Tân Thạnh,true,92,31666,Xã Tân Thạnh
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31268,Xã Tân Thạnh,true,92,31288,Xã Trường Thành
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31270,Xã Xuân Thắng,false,92,31273,Xã Đông Hiệp
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31279,Xã Đông Bình,false,92,31282,Xã Đông Thuận
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31282,Xã Đông Thuận,false,92,31282,Xã Đông Thuận
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31285,Xã Thới Tân,false,92,31258,Xã Thới Lai
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31286,Xã Trường Thắng,false,92,31258,Xã Thới Lai
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31288,Xã Định Môn,false,92,31288,Xã Trường Thành
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31291,Xã Trường Thành,false,92,31288,Xã Trường Thành
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31294,Xã Trường Xuân,false,92,31294,Xã Trường Xuân
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31297,Xã Trường Xuân A,false,92,31294,Xã Trường Xuân
92,Thành phố Cần Thơ,927,Huyện Thới Lai,31298,Xã Trường Xuân B,false,92,31294,Xã Trường Xuân
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31318,Phường I,false,92,31321,Phường Vị Thanh
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31321,Phường III,false,92,31321,Phường Vị Thanh
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31324,Phường IV,false,92,31333,Phường Vị Tân
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31327,Phường V,false,92,31333,Phường Vị Tân
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31330,Phường VII,false,92,31321,Phường Vị Thanh
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31333,Xã Vị Tân,false,92,31333,Phường Vị Tân
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31336,Xã Hỏa Lựu,false,92,31338,Xã Hỏa Lựu
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31338,Xã Tân Tiến,false,92,31338,Xã Hỏa Lựu
93,Tỉnh Hậu Giang,930,Thành phố Vị Thanh,31339,Xã Hỏa Tiến,false,92,31338,Xã Hỏa Lựu
93,Tỉnh Hậu Giang,931,Thành phố Ngã Bảy,31340,Phường Ngã Bảy,false,92,31340,Phường Ngã Bảy
93,Tỉnh Hậu Giang,931,Thành phố Ngã Bảy,31341,Phường Lái Hiếu,false,92,31340,Phường Ngã Bảy
93,Tỉnh Hậu Giang,931,Thành phố Ngã Bảy,31343,Phường Hiệp Thành,false,92,31340,Phường Ngã Bảy
93,Tỉnh Hậu Giang,931,Thành phố Ngã Bảy,31344,Phường Hiệp Lợi,false,92,31411,Phường Đại Thành
93,Tỉnh Hậu Giang,931,Thành phố Ngã Bảy,31411,Xã Đại Thành,false,92,31411,Phường Đại Thành
93,Tỉnh Hậu Giang,931,Thành phố Ngã Bảy,31414,Xã Tân Thành,false,92,31411,Phường Đại Thành
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31342,Thị trấn Một Ngàn,false,92,31342,Xã Tân Hòa
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31345,Xã Tân Hòa,false,92,31342,Xã Tân Hòa
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31346,Thị trấn Bảy Ngàn,false,92,31342,Xã Tân Hòa
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31348,Xã Trường Long Tây,false,92,31348,Xã Trường Long Tây
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31351,Xã Trường Long A,false,92,31348,Xã Trường Long Tây
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31357,Xã Nhơn Nghĩa A,false,92,31342,Xã Tân Hòa
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31359,Thị trấn Rạch Gòi,false,92,31360,Xã Thạnh Xuân
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31360,Xã Thạnh Xuân,false,92,31360,Xã Thạnh Xuân
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31362,Thị trấn Cái Tắc,false,92,31369,Xã Đông Phước
93,Tỉnh Hậu Giang,932,Huyện Châu Thành A,31363,Xã Tân Phú Thạnh,false,92,31360,Xã Thạnh Xuân
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31366,Thị trấn Ngã Sáu,false,92,31366,Xã Châu Thành
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31369,Xã Đông Thạnh,false,92,31369,Xã Đông Phước
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31375,Xã Đông Phú,false,92,31366,Xã Châu Thành
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31378,Xã Phú Hữu,true,92,31378,Xã Phú Hữu
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31378,Xã Phú Hữu,true,92,31654,Xã Trường Khánh
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31379,Xã Phú Tân,true,92,31378,Xã Phú Hữu
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31379,Xã Phú Tân,true,92,31582,Xã Thuận Hòa
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31381,Thị trấn Mái Dầm,false,92,31366,Xã Châu Thành
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31384,Xã Đông Phước,false,92,31378,Xã Phú Hữu
93,Tỉnh Hậu Giang,933,Huyện Châu Thành,31387,Xã Đông Phước A,false,92,31369,Xã Đông Phước
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31393,Thị trấn Kinh Cùng,false,92,31393,Xã Hòa An
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31396,Thị trấn Cây Dương,false,92,31396,Xã Hiệp Hưng
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31399,Xã Tân Bình,false,92,31399,Xã Tân Bình
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31402,Xã Bình Thành,false,92,31399,Xã Tân Bình
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31405,Xã Thạnh Hòa,false,92,31408,Xã Thạnh Hòa
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31408,Xã Long Thạnh,false,92,31408,Xã Thạnh Hòa
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31417,Xã Phụng Hiệp,false,92,31420,Xã Phụng Hiệp
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31420,Xã Hòa Mỹ,false,92,31420,Xã Phụng Hiệp
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31423,Xã Hòa An,false,92,31393,Xã Hòa An
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31426,Xã Phương Bình,false,92,31426,Xã Phương Bình
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31429,Xã Hiệp Hưng,false,92,31396,Xã Hiệp Hưng
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31432,Xã Tân Phước Hưng,false,92,31432,Xã Tân Phước Hưng
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31433,Thị trấn Búng Tàu,false,92,31432,Xã Tân Phước Hưng
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31435,Xã Phương Phú,false,92,31426,Xã Phương Bình
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31438,Xã Tân Long,true,92,31741,Xã Tân Long
93,Tỉnh Hậu Giang,934,Huyện Phụng Hiệp,31438,Xã Tân Long,true,92,31408,Xã Thạnh Hòa
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31441,Thị trấn Nàng Mau,false,92,31441,Xã Vị Thủy
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31444,Xã Vị Trung,false,92,31441,Xã Vị Thủy
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31447,Xã Vị Thủy,false,92,31453,Xã Vĩnh Thuận Đông
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31450,Xã Vị Thắng,false,92,31441,Xã Vị Thủy
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31453,Xã Vĩnh Thuận Tây,false,92,31453,Xã Vĩnh Thuận Đông
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31456,Xã Vĩnh Trung,false,92,31459,Xã Vĩnh Tường
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31459,Xã Vĩnh Tường,false,92,31459,Xã Vĩnh Tường
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31462,Xã Vị Đông,false,92,31465,Xã Vị Thanh 1
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31465,Xã Vị Thanh,false,92,31465,Xã Vị Thanh 1
93,Tỉnh Hậu Giang,935,Huyện Vị Thủy,31468,Xã Vị Bình,false,92,31465,Xã Vị Thanh 1
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31483,Xã Thuận Hưng,true,92,31591,Xã Mỹ Hương
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31483,Xã Thuận Hưng,true,92,31495,Xã Xà Phiên
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31484,Xã Thuận Hòa,false,92,31495,Xã Xà Phiên
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31486,Xã Vĩnh Thuận Đông,false,92,31453,Xã Vĩnh Thuận Đông
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31489,Thị trấn Vĩnh Viễn,false,92,31489,Xã Vĩnh Viễn
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31490,Xã Vĩnh Viễn A,false,92,31489,Xã Vĩnh Viễn
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31492,Xã Lương Tâm,false,92,31492,Xã Lương Tâm
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31493,Xã Lương Nghĩa,false,92,31492,Xã Lương Tâm
93,Tỉnh Hậu Giang,936,Huyện Long Mỹ,31495,Xã Xà Phiên,false,92,31495,Xã Xà Phiên
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31471,Phường Thuận An,false,92,31471,Phường Long Mỹ
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31472,Phường Trà Lồng,false,92,31480,Phường Long Phú 1
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31473,Phường Bình Thạnh,false,92,31473,Phường Long Bình
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31474,Xã Long Bình,true,92,31473,Phường Long Bình
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31474,Xã Long Bình,true,92,31741,Xã Tân Long
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31475,Phường Vĩnh Tường,false,92,31473,Phường Long Bình
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31477,Xã Long Trị,false,92,31471,Phường Long Mỹ
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31478,Xã Long Trị A,false,92,31471,Phường Long Mỹ
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31480,Xã Long Phú,true,92,31639,Xã Long Phú
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31480,Xã Long Phú,true,92,31480,Phường Long Phú 1
93,Tỉnh Hậu Giang,937,Thị xã Long Mỹ,31481,Xã Tân Phú,false,92,31480,Phường Long Phú 1
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31498,Phường 5,false,92,31507,Phường Sóc Trăng
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31501,Phường 7,false,92,31507,Phường Sóc Trăng
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31504,Phường 8,false,92,31507,Phường Sóc Trăng
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31507,Phường 6,false,92,31507,Phường Sóc Trăng
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31510,Phường 2,false,92,31510,Phường Phú Lợi
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31516,Phường 4,false,92,31510,Phường Phú Lợi
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31519,Phường 3,false,92,31510,Phường Phú Lợi
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31522,Phường 1,false,92,31510,Phường Phú Lợi
94,Tỉnh Sóc Trăng,941,Thành phố Sóc Trăng,31525,Phường 10,false,92,31684,Phường Mỹ Xuyên
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31569,Thị trấn Châu Thành,false,92,31569,Xã Phú Tâm
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31570,Xã Hồ Đắc Kiện,false,92,31570,Xã Hồ Đắc Kiện
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31573,Xã Phú Tâm,false,92,31569,Xã Phú Tâm
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31576,Xã Thuận Hòa,false,92,31582,Xã Thuận Hòa
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31582,Xã Phú Tân,true,92,31378,Xã Phú Hữu
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31582,Xã Phú Tân,true,92,31582,Xã Thuận Hòa
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31585,Xã Thiện Mỹ,false,92,31570,Xã Hồ Đắc Kiện
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31594,Xã An Hiệp,false,92,31594,Xã An Ninh
94,Tỉnh Sóc Trăng,942,Huyện Châu Thành,31600,Xã An Ninh,false,92,31594,Xã An Ninh
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31528,Thị trấn Kế Sách,false,92,31528,Xã Kế Sách
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31531,Thị trấn An Lạc Thôn,false,92,31531,Xã An Lạc Thôn
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31534,Xã Xuân Hòa,false,92,31531,Xã An Lạc Thôn
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31537,Xã Phong Nẫm,false,92,31537,Xã Phong Nẫm
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31540,Xã An Lạc Tây,false,92,31540,Xã Thới An Hội
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31543,Xã Trinh Phú,false,92,31531,Xã An Lạc Thôn
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31546,Xã Ba Trinh,false,92,31561,Xã Đại Hải
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31549,Xã Thới An Hội,false,92,31540,Xã Thới An Hội
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31552,Xã Nhơn Mỹ,false,92,31552,Xã Nhơn Mỹ
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31555,Xã Kế Thành,false,92,31528,Xã Kế Sách
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31558,Xã Kế An,false,92,31528,Xã Kế Sách
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31561,Xã Đại Hải,false,92,31561,Xã Đại Hải
94,Tỉnh Sóc Trăng,943,Huyện Kế Sách,31564,Xã An Mỹ,false,92,31552,Xã Nhơn Mỹ
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31567,Thị trấn Huỳnh Hữu Nghĩa,false,92,31567,Xã Mỹ Tú
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31579,Xã Long Hưng,false,92,31579,Xã Long Hưng
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31588,Xã Hưng Phú,false,92,31579,Xã Long Hưng
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31591,Xã Mỹ Hương,false,92,31591,Xã Mỹ Hương
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31597,Xã Mỹ Tú,false,92,31567,Xã Mỹ Tú
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31603,Xã Mỹ Phước,false,92,31603,Xã Mỹ Phước
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31606,Xã Thuận Hưng,true,92,31591,Xã Mỹ Hương
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31606,Xã Thuận Hưng,true,92,31495,Xã Xà Phiên
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31609,Xã Mỹ Thuận,false,92,31567,Xã Mỹ Tú
94,Tỉnh Sóc Trăng,944,Huyện Mỹ Tú,31612,Xã Phú Mỹ,false,92,31591,Xã Mỹ Hương
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31615,Thị trấn Cù Lao Dung,false,92,31615,Xã An Thạnh
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31618,Xã An Thạnh 1,false,92,31615,Xã An Thạnh
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31621,Xã An Thạnh Tây,false,92,31615,Xã An Thạnh
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31624,Xã An Thạnh Đông,false,92,31615,Xã An Thạnh
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31627,Xã Đại Ân 1,false,92,31633,Xã Cù Lao Dung
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31630,Xã An Thạnh 2,false,92,31633,Xã Cù Lao Dung
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31633,Xã An Thạnh 3,false,92,31633,Xã Cù Lao Dung
94,Tỉnh Sóc Trăng,945,Huyện Cù Lao Dung,31636,Xã An Thạnh Nam,false,92,31633,Xã Cù Lao Dung
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31639,Thị trấn Long Phú,false,92,31639,Xã Long Phú
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31642,Xã Song Phụng,false,92,31552,Xã Nhơn Mỹ
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31645,Thị trấn Đại Ngãi,false,92,31645,Xã Đại Ngãi
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31648,Xã Hậu Thạnh,false,92,31654,Xã Trường Khánh
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31651,Xã Long Đức,false,92,31645,Xã Đại Ngãi
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31654,Xã Trường Khánh,false,92,31654,Xã Trường Khánh
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31657,Xã Phú Hữu,true,92,31378,Xã Phú Hữu
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31657,Xã Phú Hữu,true,92,31654,Xã Trường Khánh
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31660,Xã Tân Hưng,false,92,31666,Xã Tân Thạnh
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31663,Xã Châu Khánh,false,92,31666,Xã Tân Thạnh
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31666,Xã Tân Thạnh,true,92,31666,Xã Tân Thạnh
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31666,Xã Tân Thạnh,true,92,31288,Xã Trường Thành
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31669,Xã Long Phú,true,92,31639,Xã Long Phú
94,Tỉnh Sóc Trăng,946,Huyện Long Phú,31669,Xã Long Phú,true,92,31480,Phường Long Phú 1
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31684,Thị trấn Mỹ Xuyên,false,92,31684,Phường Mỹ Xuyên
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31690,Xã Đại Tâm,false,92,31684,Phường Mỹ Xuyên
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31693,Xã Tham Đôn,false,92,31723,Xã Ngọc Tố
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31708,Xã Thạnh Phú,false,92,31708,Xã Nhu Gia
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31711,Xã Ngọc Đông,false,92,31723,Xã Ngọc Tố
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31714,Xã Thạnh Quới,true,92,31726,Xã Gia Hòa
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31714,Xã Thạnh Quới,true,92,31246,Xã Thạnh Quới
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31717,Xã Hòa Tú 1,false,92,31717,Xã Hòa Tú
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31720,Xã Gia Hòa 1,false,92,31708,Xã Nhu Gia
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31723,Xã Ngọc Tố,false,92,31723,Xã Ngọc Tố
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31726,Xã Gia Hòa 2,false,92,31726,Xã Gia Hòa
94,Tỉnh Sóc Trăng,947,Huyện Mỹ Xuyên,31729,Xã Hòa Tú 2,false,92,31717,Xã Hòa Tú
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31732,Phường 1,false,92,31732,Phường Ngã Năm
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31735,Phường 2,false,92,31732,Phường Ngã Năm
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31738,Xã Vĩnh Quới,false,92,31732,Phường Ngã Năm
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31741,Xã Tân Long,true,92,31741,Xã Tân Long
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31741,Xã Tân Long,true,92,31408,Xã Thạnh Hòa
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31744,Xã Long Bình,true,92,31473,Phường Long Bình
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31744,Xã Long Bình,true,92,31741,Xã Tân Long
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31747,Phường 3,false,92,31753,Phường Mỹ Quới
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31750,Xã Mỹ Bình,false,92,31753,Phường Mỹ Quới
94,Tỉnh Sóc Trăng,948,Thị xã Ngã Năm,31753,Xã Mỹ Quới,false,92,31753,Phường Mỹ Quới
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31756,Thị trấn Phú Lộc,false,92,31756,Xã Phú Lộc
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31757,Thị trấn Hưng Lợi,false,92,31756,Xã Phú Lộc
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31759,Xã Lâm Tân,false,92,31759,Xã Lâm Tân
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31762,Xã Thạnh Tân,false,92,31741,Xã Tân Long
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31765,Xã Lâm Kiết,false,92,31759,Xã Lâm Tân
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31768,Xã Tuân Tức,false,92,31759,Xã Lâm Tân
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31771,Xã Vĩnh Thành,false,92,31777,Xã Vĩnh Lợi
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31774,Xã Thạnh Trị,false,92,31756,Xã Phú Lộc
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31777,Xã Vĩnh Lợi,false,92,31777,Xã Vĩnh Lợi
94,Tỉnh Sóc Trăng,949,Huyện Thạnh Trị,31780,Xã Châu Hưng,false,92,31777,Xã Vĩnh Lợi
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31783,Phường 1,false,92,31783,Phường Vĩnh Châu
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31786,Xã Hòa Đông,false,92,31789,Phường Khánh Hòa
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31789,Phường Khánh Hòa,false,92,31789,Phường Khánh Hòa
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31792,Xã Vĩnh Hiệp,false,92,31789,Phường Khánh Hòa
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31795,Xã Vĩnh Hải,false,92,31795,Xã Vĩnh Hải
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31798,Xã Lạc Hòa,false,92,31783,Phường Vĩnh Châu
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31801,Phường 2,false,92,31783,Phường Vĩnh Châu
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31804,Phường Vĩnh Phước,false,92,31804,Phường Vĩnh Phước
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31807,Xã Vĩnh Tân,false,92,31804,Phường Vĩnh Phước
94,Tỉnh Sóc Trăng,950,Thị xã Vĩnh Châu,31810,Xã Lai Hòa,false,92,31810,Xã Lai Hòa
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31672,Xã Đại Ân 2,false,92,31673,Xã Trần Đề
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31673,Thị trấn Trần Đề,false,92,31673,Xã Trần Đề
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31675,Xã Liêu Tú,false,92,31675,Xã Liêu Tú
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31678,Xã Lịch Hội Thượng,false,92,31679,Xã Lịch Hội Thượng
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31679,Thị trấn Lịch Hội Thượng,false,92,31679,Xã Lịch Hội Thượng
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31681,Xã Trung Bình,false,92,31673,Xã Trần Đề
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31687,Xã Tài Văn,false,92,31687,Xã Tài Văn
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31696,Xã Viên An,false,92,31687,Xã Tài Văn
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31699,Xã Thạnh Thới An,false,92,31699,Xã Thạnh Thới An
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31702,Xã Thạnh Thới Thuận,false,92,31699,Xã Thạnh Thới An
94,Tỉnh Sóc Trăng,951,Huyện Trần Đề,31705,Xã Viên Bình,false,92,31675,Xã Liêu Tú
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31813,Phường 2,false,96,31825,Phường Bạc Liêu
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31816,Phường 3,false,96,31825,Phường Bạc Liêu
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31819,Phường 5,false,96,31834,Phường Vĩnh Trạch
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31822,Phường 7,false,96,31825,Phường Bạc Liêu
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31825,Phường 1,false,96,31825,Phường Bạc Liêu
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31828,Phường 8,false,96,31825,Phường Bạc Liêu
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31831,Phường Nhà Mát,false,96,31840,Phường Hiệp Thành
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31834,Xã Vĩnh Trạch,false,96,31834,Phường Vĩnh Trạch
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31837,Xã Vĩnh Trạch Đông,false,96,31840,Phường Hiệp Thành
95,Tỉnh Bạc Liêu,954,Thành phố Bạc Liêu,31840,Xã Hiệp Thành,false,96,31840,Phường Hiệp Thành
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31843,Thị trấn Ngan Dừa,false,96,31843,Xã Hồng Dân
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31846,Xã Ninh Quới,false,96,31849,Xã Ninh Quới
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31849,Xã Ninh Quới A,false,96,31849,Xã Ninh Quới
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31852,Xã Ninh Hòa,false,96,31843,Xã Hồng Dân
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31855,Xã Lộc Ninh,false,96,31843,Xã Hồng Dân
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31858,Xã Vĩnh Lộc,false,96,31858,Xã Vĩnh Lộc
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31861,Xã Vĩnh Lộc A,false,96,31858,Xã Vĩnh Lộc
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31863,Xã Ninh Thạnh Lợi A,false,96,31864,Xã Ninh Thạnh Lợi
95,Tỉnh Bạc Liêu,956,Huyện Hồng Dân,31864,Xã Ninh Thạnh Lợi,false,96,31864,Xã Ninh Thạnh Lợi
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31867,Thị trấn Phước Long,false,96,31867,Xã Phước Long
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31870,Xã Vĩnh Phú Đông,false,96,31867,Xã Phước Long
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31873,Xã Vĩnh Phú Tây,false,96,31876,Xã Vĩnh Phước
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31876,Xã Phước Long,false,96,31876,Xã Vĩnh Phước
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31879,Xã Hưng Phú,false,96,31882,Xã Vĩnh Thanh
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31882,Xã Vĩnh Thanh,false,96,31882,Xã Vĩnh Thanh
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31885,Xã Phong Thạnh Tây A,false,96,31885,Xã Phong Hiệp
95,Tỉnh Bạc Liêu,957,Huyện Phước Long,31888,Xã Phong Thạnh Tây B,false,96,31885,Xã Phong Hiệp
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31894,Xã Vĩnh Hưng,false,96,31894,Xã Châu Thới
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31897,Xã Vĩnh Hưng A,false,96,31894,Xã Châu Thới
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31900,Thị trấn Châu Hưng,false,96,31900,Xã Vĩnh Lợi
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31903,Xã Châu Hưng A,false,96,31900,Xã Vĩnh Lợi
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31906,Xã Hưng Thành,false,96,31906,Xã Hưng Hội
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31909,Xã Hưng Hội,false,96,31906,Xã Hưng Hội
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31912,Xã Châu Thới,false,96,31894,Xã Châu Thới
95,Tỉnh Bạc Liêu,958,Huyện Vĩnh Lợi,31921,Xã Long Thạnh,false,96,31891,Xã Hòa Bình
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31942,Phường 1,false,96,31942,Phường Giá Rai
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31945,Phường Hộ Phòng,false,96,31942,Phường Giá Rai
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31948,Xã Phong Thạnh Đông,false,96,31951,Phường Láng Tròn
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31951,Phường Láng Tròn,false,96,31951,Phường Láng Tròn
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31954,Xã Phong Tân,false,96,31951,Phường Láng Tròn
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31957,Xã Tân Phong,false,96,31957,Xã Phong Thạnh
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31960,Xã Phong Thạnh,false,96,31942,Phường Giá Rai
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31963,Xã Phong Thạnh A,false,96,31942,Phường Giá Rai
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31966,Xã Phong Thạnh Tây,false,96,31957,Xã Phong Thạnh
95,Tỉnh Bạc Liêu,959,Thị xã Giá Rai,31969,Xã Tân Thạnh,false,96,31957,Xã Phong Thạnh
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31972,Thị trấn Gành Hào,false,96,31972,Xã Gành Hào
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31975,Xã Long Điền Đông,false,96,31975,Xã Đông Hải
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31978,Xã Long Điền Đông A,false,96,31975,Xã Đông Hải
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31981,Xã Long Điền,false,96,31985,Xã Long Điền
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31984,Xã Long Điền Tây,false,96,31972,Xã Gành Hào
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31985,Xã Điền Hải,false,96,31985,Xã Long Điền
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31987,Xã An Trạch,false,96,31988,Xã An Trạch
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31988,Xã An Trạch A,false,96,31988,Xã An Trạch
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31990,Xã An Phúc,false,96,31993,Xã Định Thành
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31993,Xã Định Thành,false,96,31993,Xã Định Thành
95,Tỉnh Bạc Liêu,960,Huyện Đông Hải,31996,Xã Định Thành A,false,96,31993,Xã Định Thành
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31891,Thị trấn Hòa Bình,false,96,31891,Xã Hòa Bình
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31915,Xã Minh Diệu,false,96,31918,Xã Vĩnh Mỹ
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31918,Xã Vĩnh Bình,false,96,31918,Xã Vĩnh Mỹ
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31924,Xã Vĩnh Mỹ B,false,96,31918,Xã Vĩnh Mỹ
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31927,Xã Vĩnh Hậu,false,96,31927,Xã Vĩnh Hậu
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31930,Xã Vĩnh Hậu A,false,96,31927,Xã Vĩnh Hậu
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31933,Xã Vĩnh Mỹ A,false,96,31891,Xã Hòa Bình
95,Tỉnh Bạc Liêu,961,Huyện Hòa Bình,31936,Xã Vĩnh Thịnh,false,96,31927,Xã Vĩnh Hậu
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,31999,Phường 9,false,96,32002,Phường An Xuyên
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32002,Phường 2,false,96,32002,Phường An Xuyên
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32005,Phường 1,false,96,32002,Phường An Xuyên
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32008,Phường 5,false,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32014,Phường 8,false,96,32014,Phường Lý Văn Lâm
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32017,Phường 6,true,96,32041,Phường Hòa Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32017,Phường 6,true,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32020,Phường 7,true,96,32041,Phường Hòa Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32020,Phường 7,true,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32022,Phường Tân Xuyên,false,96,32002,Phường An Xuyên
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32023,Xã An Xuyên,false,96,32002,Phường An Xuyên
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32025,Phường Tân Thành,false,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32026,Xã Tân Thành,false,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32029,Xã Tắc Vân,true,96,32041,Phường Hòa Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32029,Xã Tắc Vân,true,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32032,Xã Lý Văn Lâm,false,96,32014,Phường Lý Văn Lâm
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32035,Xã Định Bình,true,96,32041,Phường Hòa Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32035,Xã Định Bình,true,96,32025,Phường Tân Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32038,Xã Hòa Thành,false,96,32041,Phường Hòa Thành
96,Tỉnh Cà Mau,964,Thành phố Cà Mau,32041,Xã Hòa Tân,false,96,32041,Phường Hòa Thành
96,Tỉnh Cà Mau,966,Huyện U Minh,32044,Thị trấn U Minh,false,96,32044,Xã Nguyễn Phích
96,Tỉnh Cà Mau,966,Huyện U Minh,32047,Xã Khánh Hòa,false,96,32047,Xã U Minh
96,Tỉnh Cà Mau,966,Huyện U Minh,32048,Xã Khánh Thuận,true,96,32044,Xã Nguyễn Phích
96,Tỉnh Cà Mau,966,Huyện U Minh,32048,Xã Khánh Thuận,true,96,32047,Xã U Minh
96,Tỉnh Cà Mau,966,Huyện U Minh,32050,Xã Khánh Tiến,false,96,32047,Xã U Minh
96,Tỉnh Cà Mau,966,Huyện U Minh,32053,Xã Nguyễn Phích,true,96,32059,Xã Khánh An
96,Tỉnh Cà Mau,966,Huyện U Minh,32053,Xã Nguyễn Phích,true,96,32062,Xã Khánh Lâm
96,Tỉnh Cà Mau,966,Huyện U Minh,32053,Xã Nguyễn Phích,true,96,32044,Xã Nguyễn Phích
96,Tỉnh Cà Mau,966,Huyện U Minh,32056,Xã Khánh Lâm,true,96,32062,Xã Khánh Lâm
96,Tỉnh Cà Mau,966,Huyện U Minh,32056,Xã Khánh Lâm,true,96,32047,Xã U Minh
96,Tỉnh Cà Mau,966,Huyện U Minh,32059,Xã Khánh An,false,96,32059,Xã Khánh An
96,Tỉnh Cà Mau,966,Huyện U Minh,32062,Xã Khánh Hội,false,96,32062,Xã Khánh Lâm
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32065,Thị trấn Thới Bình,false,96,32065,Xã Thới Bình
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32068,Xã Biển Bạch,false,96,32069,Xã Biển Bạch
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32069,Xã Tân Bằng,false,96,32069,Xã Biển Bạch
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32071,Xã Trí Phải,false,96,32071,Xã Trí Phải
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32072,Xã Trí Lực,false,96,32071,Xã Trí Phải
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32074,Xã Biển Bạch Đông,false,96,32069,Xã Biển Bạch
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32077,Xã Thới Bình,false,96,32065,Xã Thới Bình
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32080,Xã Tân Phú,false,96,32071,Xã Trí Phải
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32083,Xã Tân Lộc Bắc,false,96,32083,Xã Tân Lộc
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32086,Xã Tân Lộc,false,96,32083,Xã Tân Lộc
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32089,Xã Tân Lộc Đông,false,96,32083,Xã Tân Lộc
96,Tỉnh Cà Mau,967,Huyện Thới Bình,32092,Xã Hồ Thị Kỷ,false,96,32092,Xã Hồ Thị Kỷ
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32095,Thị trấn Trần Văn Thời,false,96,32095,Xã Trần Văn Thời
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32098,Thị trấn Sông Đốc,false,96,32098,Xã Sông Đốc
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32101,Xã Khánh Bình Tây Bắc,false,96,32104,Xã Đá Bạc
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32104,Xã Khánh Bình Tây,false,96,32104,Xã Đá Bạc
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32107,Xã Trần Hợi,true,96,32104,Xã Đá Bạc
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32107,Xã Trần Hợi,true,96,32095,Xã Trần Văn Thời
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32108,Xã Khánh Lộc,false,96,32095,Xã Trần Văn Thời
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32110,Xã Khánh Bình,false,96,32110,Xã Khánh Bình
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32113,Xã Khánh Hưng,false,96,32119,Xã Khánh Hưng
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32116,Xã Khánh Bình Đông,false,96,32110,Xã Khánh Bình
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32119,Xã Khánh Hải,false,96,32119,Xã Khánh Hưng
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32122,Xã Lợi An,true,96,32134,Xã Lương Thế Trân
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32122,Xã Lợi An,true,96,32014,Phường Lý Văn Lâm
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32122,Xã Lợi An,true,96,32095,Xã Trần Văn Thời
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32124,Xã Phong Điền,true,96,32098,Xã Sông Đốc
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32124,Xã Phong Điền,true,96,32095,Xã Trần Văn Thời
96,Tỉnh Cà Mau,968,Huyện Trần Văn Thời,32125,Xã Phong Lạc,false,96,32095,Xã Trần Văn Thời
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32128,Thị trấn Cái Nước,false,96,32128,Xã Cái Nước
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32130,Xã Thạnh Phú,false,96,32134,Xã Lương Thế Trân
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32131,Xã Lương Thế Trân,false,96,32134,Xã Lương Thế Trân
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32134,Xã Phú Hưng,false,96,32134,Xã Lương Thế Trân
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32137,Xã Tân Hưng,false,96,32137,Xã Tân Hưng
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32140,Xã Hưng Mỹ,false,96,32140,Xã Hưng Mỹ
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32141,Xã Hòa Mỹ,true,96,32140,Xã Hưng Mỹ
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32141,Xã Hòa Mỹ,true,96,32214,Xã Phú Mỹ
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32141,Xã Hòa Mỹ,true,96,32137,Xã Tân Hưng
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32142,Xã Đông Hưng,true,96,32128,Xã Cái Nước
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32142,Xã Đông Hưng,true,96,32137,Xã Tân Hưng
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32143,Xã Đông Thới,true,96,32128,Xã Cái Nước
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32143,Xã Đông Thới,true,96,32137,Xã Tân Hưng
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32146,Xã Tân Hưng Đông,true,96,32128,Xã Cái Nước
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32146,Xã Tân Hưng Đông,true,96,32140,Xã Hưng Mỹ
96,Tỉnh Cà Mau,969,Huyện Cái Nước,32149,Xã Trần Thới,false,96,32128,Xã Cái Nước
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32152,Thị trấn Đầm Dơi,false,96,32152,Xã Đầm Dơi
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32155,Xã Tạ An Khương,true,96,32152,Xã Đầm Dơi
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32155,Xã Tạ An Khương,true,96,32155,Xã Tạ An Khương
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32158,Xã Tạ An Khương Đông,false,96,32155,Xã Tạ An Khương
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32161,Xã Trần Phán,false,96,32161,Xã Trần Phán
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32162,Xã Tân Trung,false,96,32161,Xã Trần Phán
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32164,Xã Tân Đức,false,96,32167,Xã Tân Thuận
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32167,Xã Tân Thuận,false,96,32167,Xã Tân Thuận
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32170,Xã Tạ An Khương Nam,false,96,32155,Xã Tạ An Khương
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32173,Xã Tân Duyệt,false,96,32152,Xã Đầm Dơi
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32174,Xã Tân Dân,false,96,32152,Xã Đầm Dơi
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32176,Xã Tân Tiến,false,96,32188,Xã Tân Tiến
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32179,Xã Quách Phẩm Bắc,false,96,32182,Xã Quách Phẩm
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32182,Xã Quách Phẩm,false,96,32182,Xã Quách Phẩm
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32185,Xã Thanh Tùng,false,96,32185,Xã Thanh Tùng
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32186,Xã Ngọc Chánh,false,96,32185,Xã Thanh Tùng
96,Tỉnh Cà Mau,970,Huyện Đầm Dơi,32188,Xã Nguyễn Huân,false,96,32188,Xã Tân Tiến
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32191,Thị Trấn Năm Căn,true,96,32201,Xã Đất Mới
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32191,Thị Trấn Năm Căn,true,96,32191,Xã Năm Căn
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32194,Xã Hàm Rồng,true,96,32201,Xã Đất Mới
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32194,Xã Hàm Rồng,true,96,32191,Xã Năm Căn
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32197,Xã Hiệp Tùng,false,96,32206,Xã Tam Giang
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32200,Xã Đất Mới,false,96,32201,Xã Đất Mới
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32201,Xã Lâm Hải,false,96,32201,Xã Đất Mới
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32203,Xã Hàng Vịnh,false,96,32191,Xã Năm Căn
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32206,Xã Tam Giang,false,96,32206,Xã Tam Giang
96,Tỉnh Cà Mau,971,Huyện Năm Căn,32209,Xã Tam Giang Đông,false,96,32206,Xã Tam Giang
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32212,Thị trấn Cái Đôi Vàm,false,96,32212,Xã Cái Đôi Vàm
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32214,Xã Phú Thuận,false,96,32214,Xã Phú Mỹ
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32215,Xã Phú Mỹ,false,96,32214,Xã Phú Mỹ
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32218,Xã Phú Tân,false,96,32218,Xã Phú Tân
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32221,Xã Tân Hải,false,96,32218,Xã Phú Tân
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32224,Xã Việt Thắng,false,96,32227,Xã Nguyễn Việt Khái
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32227,Xã Tân Hưng Tây,false,96,32227,Xã Nguyễn Việt Khái
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32228,Xã Rạch Chèo,false,96,32227,Xã Nguyễn Việt Khái
96,Tỉnh Cà Mau,972,Huyện Phú Tân,32230,Xã Nguyễn Việt Khái,false,96,32212,Xã Cái Đôi Vàm
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32233,Xã Tam Giang Tây,false,96,32236,Xã Tân Ân
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32236,Xã Tân Ân Tây,false,96,32236,Xã Tân Ân
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32239,Xã Viên An Đông,false,96,32244,Xã Phan Ngọc Hiển
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32242,Xã Viên An,true,96,32201,Xã Đất Mới
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32242,Xã Viên An,true,96,32248,Xã Đất Mũi
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32244,Thị trấn Rạch Gốc,false,96,32244,Xã Phan Ngọc Hiển
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32245,Xã Tân Ân,true,96,32248,Xã Đất Mũi
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32245,Xã Tân Ân,true,96,32244,Xã Phan Ngọc Hiển
96,Tỉnh Cà Mau,973,Huyện Ngọc Hiển,32248,Xã Đất Mũi,false,96,32248,Xã Đất Mũi
"""#
}
