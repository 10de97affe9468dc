"""LIST chunks and the heads lists share (extract/lists.py, extract/frames.py), on sentences of real
articles: each case is the items a sentence's list must come out with."""
import pytest

from extract.chunks import chunk
from extract.normalize import tone


def items(sentence: str) -> list[list[str]]:
    return [[it["name"] for it in c.attrs["items"]] for c in chunk(tone(sentence)) if c.label == "LIST"]


CASES = [
    # a plural head before a colon, and an item with a kind of its own under the shared organisation
    ("Cụm thi đua số 3 (gồm BĐBP các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, thành phố Huế)",
     ["BĐBP tỉnh Thanh Hóa", "BĐBP tỉnh Nghệ An", "BĐBP tỉnh Hà Tĩnh", "BĐBP tỉnh Quảng Trị", "BĐBP thành phố Huế"]),
    # descriptor words between the frame and its colon
    ("Cụm thi đua số 1 gồm Sở Giáo dục và Đào tạo 5 thành phố trực thuộc trung ương: Hà Nội, Đà Nẵng, Cần Thơ.",
     ["Sở Giáo dục và Đào tạo thành phố Hà Nội", "Sở Giáo dục và Đào tạo thành phố Đà Nẵng",
      "Sở Giáo dục và Đào tạo thành phố Cần Thơ"]),
    ("Cụm Thi đua số 1 gồm 10 tỉnh, thành phố khu vực Đồng bằng sông Hồng: Hà Nội, Hà Nam, Bắc Ninh.",
     ["tỉnh Hà Nội", "tỉnh Hà Nam", "tỉnh Bắc Ninh"]),
    # a bare number under a kind of place is the place of that number
    ("Cụm thi đua 3 UBND TPHCM gồm các quận: 7, 12, Bình Tân, Tân Phú, Gò Vấp, đã tổ chức Hội nghị.",
     ["quận 7", "quận 12", "quận Bình Tân", "quận Tân Phú", "quận Gò Vấp"]),
    # initials with a dot among the descriptor words ("T.Ư" is Trung ương)
    ("Cụm thi đua số 1 gồm Sở GD-ĐT 5 thành phố trực thuộc T.Ư: Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ.",
     ["Sở GD-ĐT thành phố Hà Nội", "Sở GD-ĐT TP Hồ Chí Minh", "Sở GD-ĐT thành phố Hải Phòng",
      "Sở GD-ĐT thành phố Đà Nẵng", "Sở GD-ĐT thành phố Cần Thơ"]),
    # a count of a head noun with its descriptor
    ("Cụm thi đua số 3 các trường chính trị gồm 7 trường chính trị tỉnh Bắc Giang, Bắc Kạn, Phú Thọ.",
     ["Trường chính trị tỉnh Bắc Giang", "Trường chính trị tỉnh Bắc Kạn", "Trường chính trị tỉnh Phú Thọ"]),
    ("Cụm thi đua số 5 (gồm 5 cục DTNN khu vực: Nam Tây Nguyên; TP. Hồ Chí Minh; Đông Nam Bộ)",
     ["Cục DTNN khu vực Nam Tây Nguyên", "Cục DTNN khu vực TP. Hồ Chí Minh", "Cục DTNN khu vực Đông Nam Bộ"]),
    ("Cụm Thi đua số 1 gồm 5 sở TT&TT các thành phố trực thuộc Trung ương là TP Hồ Chí Minh, TP Cần Thơ, TP Hà Nội.",
     ["Sở TT&TT TP Hồ Chí Minh", "Sở TT&TT TP Cần Thơ", "Sở TT&TT TP Hà Nội"]),
    # a count spelled out, "năm" (five) too: a number word before a kind is never the year's "năm"
    ("Cụm thi đua số 8, Bộ Công an gồm Công an năm tỉnh: Phú Yên, Khánh Hòa, Ninh Thuận vừa tổ chức Hội nghị.",
     ["Công an tỉnh Phú Yên", "Công an tỉnh Khánh Hòa", "Công an tỉnh Ninh Thuận"]),
    # a head and its descriptor on every item, even one that starts with the same head word
    ("Cụm Thi đua số 4 gồm các Trường THPT: Nguyễn Du, Trường Chinh, Tôn Đức Thắng.",
     ["Trường THPT Nguyễn Du", "Trường THPT Trường Chinh", "Trường THPT Tôn Đức Thắng"]),
    # a counted head earlier in the clause
    ("Năm 2024, 8 Sở GD&ĐT được nhận cờ thi đua gồm: Bình Dương, Hải Phòng, Bắc Ninh.",
     ["Sở GD&ĐT Bình Dương", "Sở GD&ĐT Hải Phòng", "Sở GD&ĐT Bắc Ninh"]),
    # a "gồm" after the frame stays outside the list, where rules read it
    ("Lãnh đạo Hội Nhà báo các tỉnh Nam Bộ gồm: Tây Ninh, Vĩnh Long, Cần Thơ.",
     ["Hội Nhà báo tỉnh Tây Ninh", "Hội Nhà báo tỉnh Vĩnh Long", "Hội Nhà báo tỉnh Cần Thơ"]),
    # a capitalised name after a count is an item, not the head's descriptor
    ("Cụm thi đua số 4 gồm 8 Tỉnh hội Ninh Bình, Hà Nam, Nam Định.",
     ["Tỉnh hội Ninh Bình", "Tỉnh hội Hà Nam", "Tỉnh hội Nam Định"]),
    # a name goes on over a comma into lower-case words that reach its capitalised part
    ("Khối gồm Văn phòng Tỉnh ủy, Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy, Đảng ủy Dân Chính Đảng.",
     ["Văn phòng Tỉnh ủy", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy", "Đảng ủy Dân Chính Đảng"]),
    # inside an established list, lower-case words up to the separator before the next unit finish a name
    ("Khối thi đua số 1 (gồm các ban: Dân vận, Tổ chức, Nội chính, Bảo vệ chăm sóc sức khỏe cán bộ tỉnh và Ủy ban "
     "Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy) đã về dự.",
     ["Ban Dân vận", "Ban Tổ chức", "Ban Nội chính", "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh", "Ủy ban Kiểm tra Tỉnh ủy",
      "Văn phòng Tỉnh ủy"]),
    ("Vụ Pháp chế và Quản lý khoa học, VKSND tối cao; Vụ Tổ chức cán bộ, VKSND tối cao; Văn phòng VKSND tối cao.",
     ["Vụ Pháp chế và Quản lý khoa học, VKSND tối cao", "Vụ Tổ chức cán bộ, VKSND tối cao", "Văn phòng VKSND tối cao"]),
    # … but never the predicate after the last item
    ("Khối gồm Sở Tài chính, Sở Nội vụ tổ chức hội nghị.", ["Sở Tài chính", "Sở Nội vụ"]),
    # a person's note in brackets and post after a comma are about the person, not further items
    ("Huy chương Vàng gồm: Phạm Thị Diểm (môn điền kinh), Nguyễn Ngọc Đăng Khoa (môn judo) và Trần Lê Lan Anh.",
     ["Phạm Thị Diểm", "Nguyễn Ngọc Đăng Khoa", "Trần Lê Lan Anh"]),
    ("11 cá nhân được phong tặng danh hiệu Nhà giáo ưu tú, gồm: Bà Hồ Thanh An, Hiệu trưởng, Trường THPT chuyên Lê "
     "Quý Đôn; bà Ngô Thị Lương, giáo viên, Trường THPT Mường Tè.", ["Hồ Thanh An", "Ngô Thị Lương"]),
    # a dash and a few words before the next separator finish a name ("Khu vực Thừa Thiên Huế - Quảng trị")
    ("Các ngân hàng thành viên khối ngân hàng I bao gồm 10 đơn vị: CN Ngân hàng Nhà nước, CN NH Phát triển Khu vực "
     "Thừa Thiên Huế - Quảng trị, CN NH NNoPTNT, CN NH Vietcombank.",
     ["CN Ngân hàng Nhà nước", "CN NH Phát triển Khu vực Thừa Thiên Huế - Quảng trị", "CN NH NNoPTNT", "CN NH Vietcombank"]),
    # the parent body in brackets after an item is part of its name, even a body that also grants awards
    ("Thay mặt lãnh đạo Đảng, Nhà nước, Tổng Bí thư Tô Lâm đã trao tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân "
     "cho các tập thể gồm: Binh chủng đặc công (Bộ Quốc phòng); Binh đoàn 15 (Bộ Quốc phòng); Thanh tra Bộ Công an.",
     ["Binh chủng đặc công (Bộ Quốc phòng)", "Binh đoàn 15 (Bộ Quốc phòng)", "Thanh tra Bộ Công an"]),
    # many commas to one ";" separate items; "và 02 …" goes on with the list
    ("Tại hội nghị, các đại biểu lãnh đạo đại diện cho 11 đơn vị gồm: Ban Tuyên giáo, Ban Tổ chức, Ban Dân vận, Ban Nội "
     "chính, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy; Báo Bình Thuận, Ban Chăm sóc bảo vệ sức khỏe, Trường Chính trị tỉnh và "
     "02 Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối Doanh nghiệp tỉnh, thuộc Khối Thi đua 6 tham gia ý kiến.",
     ["Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính", "Ủy ban Kiểm tra", "Văn phòng Tỉnh ủy",
      "Báo Bình Thuận", "Ban Chăm sóc bảo vệ sức khỏe", "Trường Chính trị tỉnh", "Đảng ủy Khối các cơ quan tỉnh",
      "Đảng ủy Khối Doanh nghiệp tỉnh"]),
    # the cluster named between a frame and its colon is part of the frame's descriptor, not an item
    ("Dự Hội nghị có lãnh đạo Sở Văn hóa, Thể thao và Du lịch các tỉnh trong Cụm thi đua gồm: Bắc Kạn, Thái Nguyên, "
     "Bắc Giang.", ["Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên",
                    "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Giang"]),
    # … and a function word is no descriptor of a counted head
    ("Đến dự, tham gia ký kết thi đua có lãnh đạo của 08/08 Hội trong khối thi đua số 3, gồm: Hội Nạn nhân chất độc da "
     "cam/dioxin tỉnh, Hội người cao tuổi tỉnh, Câu lạc bộ hưu trí tỉnh.",
     ["Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Hội người cao tuổi tỉnh", "Câu lạc bộ hưu trí tỉnh"]),
    # "(nay là …)" says what a unit is called now: neither another item nor the end of the list
    ("20 tập thể: UBND huyện Thường Tín; Phòng Văn hóa và Thông tin quận Đống Đa (nay là phòng Văn hóa, Khoa học và "
     "Thông tin quận Đống Đa); Phòng Văn hóa và Thông tin quận Hai Bà Trưng (nay là phòng Văn hóa, Khoa học và Thông tin "
     "quận Hai Bà Trưng); Phòng Văn hóa và Thông tin huyện Ba Vì.",
     ["UBND huyện Thường Tín", "Phòng Văn hóa và Thông tin quận Đống Đa", "Phòng Văn hóa và Thông tin quận Hai Bà Trưng",
      "Phòng Văn hóa và Thông tin huyện Ba Vì"]),
    # a person's workplaces joined by "và" are both his, not another item
    ("Đó là ông Huỳnh Văn Long, Giám đốc Công ty Trách nhiệm hữu hạn Bảo Long; ông Nguyễn Trung Chắt, Giám đốc Trung "
     "tâm Hy Vọng Lộc Bình và Trung tâm Hy Vọng Lạng Sơn; vận động viên Wushu Nông Văn Hữu.",
     ["Huỳnh Văn Long", "Nguyễn Trung Chắt"]),
    # a capitalised one-word function word, number or title inside a place's name is the name's ("Như", "Ba",
    # "Hai Bà"): dev cum-thi-dua-so-3-tinh-thanh-hoa…, cum-thi-dua-so-11-cong-an-thanh-pho-ha-n…,
    # cum-thi-dua-so-1-ldld-thanh-pho-ha-noi-k…, cum-thi-dua-so-2-uy-ban-mttq-viet-nam-th… ("Nam Từ Liêm")
    ("Cụm thi đua số 3 của tỉnh Thanh Hóa gồm các huyện: Quan Sơn, Như Thanh, Như Xuân, Thường Xuân, Thạch Thành, Cẩm "
     "Thủy, Ngọc Lặc, Lang Chánh, Bá Thước, Quan Hóa và Mường Lát.",
     ["huyện Quan Sơn", "huyện Như Thanh", "huyện Như Xuân", "huyện Thường Xuân", "huyện Thạch Thành", "huyện Cẩm Thủy",
      "huyện Ngọc Lặc", "huyện Lang Chánh", "huyện Bá Thước", "huyện Quan Hóa", "huyện Mường Lát"]),
    ("Theo đó, Cụm Thi đua số 11 Công an thành phố Hà Nội gồm 7 đơn vị: Sơn Tây, Hoài Đức, Đan Phượng, Ba Vì, Quốc "
     "Oai, Phúc Thọ và Thạch Thất do Công an thị xã Sơn Tây làm Cụm trưởng.",
     ["Sơn Tây", "Hoài Đức", "Đan Phượng", "Ba Vì", "Quốc Oai", "Phúc Thọ", "Thạch Thất"]),
    ("Cụm thi đua số 1 LĐLĐ Thành phố gồm 6 LĐLĐ quận: Hoàn Kiếm, Ba Đình, Đống Đa, Long Biên, Hai Bà Trưng và Hoàng "
     "Mai.",
     ["LĐLĐ quận Hoàn Kiếm", "LĐLĐ quận Ba Đình", "LĐLĐ quận Đống Đa", "LĐLĐ quận Long Biên", "LĐLĐ quận Hai Bà Trưng",
      "LĐLĐ quận Hoàng Mai"]),
    # a plural head and descriptor words, then the items in brackets: dev cum-thi-dua-so-2-uy-ban-mttq-viet-nam-th…,
    # sample chieu-ngay-28-2-2024…, dev cum-thi-dua-so-6-tong-ket-phong-trao-thi…
    ("Về kết quả công tác thi đua-khen thưởng năm 2022, đại diện Ủy ban MTTQ Việt Nam quận Hà Đông cho biết, năm 2022, "
     "Ủy ban MTTQ các quận trong Cụm (Thanh Xuân, Hà Đông, Tây Hồ, Nam Từ Liêm, Bắc Từ Liêm, Cầu Giấy) đã chủ động xây "
     "dựng, triển khai các chương trình, kế hoạch, phong trào thi đua.",
     ["Ủy ban MTTQ quận Thanh Xuân", "Ủy ban MTTQ quận Hà Đông", "Ủy ban MTTQ quận Tây Hồ", "Ủy ban MTTQ quận Nam Từ Liêm",
      "Ủy ban MTTQ quận Bắc Từ Liêm", "Ủy ban MTTQ quận Cầu Giấy"]),
    ("các đồng chí Chủ tịch, Phó Chủ tịch, cán bộ phụ trách thi đua khen thưởng Ủy ban MTTQ Việt Nam 6 quận trong cụm "
     "(quận Long Biên, Hai Bà Trưng, Ba Đình, Hoàn Kiếm, Đống Đa, Hoàng Mai).",
     ["Ủy ban MTTQ Việt Nam quận Long Biên", "Ủy ban MTTQ Việt Nam quận Hai Bà Trưng", "Ủy ban MTTQ Việt Nam quận Ba Đình",
      "Ủy ban MTTQ Việt Nam quận Hoàn Kiếm", "Ủy ban MTTQ Việt Nam quận Đống Đa", "Ủy ban MTTQ Việt Nam quận Hoàng Mai"]),
    ("(CTTĐTBP) - Ban Chỉ huy quân sự (CHQS) các huyện, thị xã nội địa (Bình Long, Đồng Xoài, Phước Long, Chơn Thành, "
     "Đồng Phú, Phú Riềng) thuộc Cụm thi đua số 6 vừa tổ chức hội nghị tổng kết phong trào thi đua quyết thắng năm 2016.",
     ["Ban Chỉ huy quân sự huyện Bình Long", "Ban Chỉ huy quân sự huyện Đồng Xoài", "Ban Chỉ huy quân sự huyện Phước Long",
      "Ban Chỉ huy quân sự huyện Chơn Thành", "Ban Chỉ huy quân sự huyện Đồng Phú", "Ban Chỉ huy quân sự huyện Phú Riềng"]),
    # a listed ward's or commune's name under its kind is a place, even one that reads as a person's name
    # (extract/data/places_vn.json; the names are wards of a real city, the sentence is made up)
    ("Cụm thi đua số 3 gồm các phường: Hoàng Văn Thụ, Trần Hưng Đạo, Chi Lăng và Tam Thanh.",
     ["phường Hoàng Văn Thụ", "phường Trần Hưng Đạo", "phường Chi Lăng", "phường Tam Thanh"]),
    ("Công an các xã: Võ Thị Sáu, Nguyễn Văn Thảnh được tặng Giấy khen.",
     ["Công an xã Võ Thị Sáu", "Công an xã Nguyễn Văn Thảnh"]),
    # … and one after its own kind stays whole whatever vocabulary words it holds ("Bà" a title, "Và" a
    # conjunction, "Cùng", "Các")
    ("Cụm thi đua gồm: Công an quận Hai Bà Trưng, Công an xã Mường Và, UBND xã Kinh Cùng, UBND phường Đông Các.",
     ["Công an quận Hai Bà Trưng", "Công an xã Mường Và", "UBND xã Kinh Cùng", "UBND phường Đông Các"]),
    # a listed name without its kind stays whole too, though one of its words is a head ("Đồn", "Vụ",
    # "Trường"): tests/fixtures/heldout.jsonl qn-cum-5-tong-ket-2022, and a made-up list
    ("Ngày 10/1/2023, Cụm thi đua số 5 gồm các huyện Vân Đồn, Cô Tô và thị xã Quảng Yên tổ chức hội nghị tổng kết.",
     ["huyện Vân Đồn", "huyện Cô Tô", "thị xã Quảng Yên"]),
    ("Cụm thi đua số 2 gồm các huyện: Chợ Đồn, Vụ Bản và Trường Sa.", ["huyện Chợ Đồn", "huyện Vụ Bản", "huyện Trường Sa"]),
    # an item that names its own kind of place keeps it, in the vocabulary's abbreviations too ("TX", "TP"; dev-14
    # cum-thi-dua-so-1-uy-ban-mttq-viet-nam-tinh-…), as it does in full words ("thị xã Quảng Yên" above)
    ("Cụm thi đua số 1 gồm các huyện: Tuy Phước, Phù Mỹ, TX An Nhơn và TP Quy Nhơn đã tổ chức hội nghị.",
     ["huyện Tuy Phước", "huyện Phù Mỹ", "TX An Nhơn", "TP Quy Nhơn"]),
    # … and one that is also a verb right after the colon ("thống nhất", "quyết tâm"; a made-up list)
    ("Cụm thi đua số 2 gồm các xã: Quyết Tâm, Thống Nhất và Toàn Thắng.", ["xã Quyết Tâm", "xã Thống Nhất", "xã Toàn Thắng"]),
    # items that name their own province keep it; the province of the others is shared
    ("5 tập thể khác được tặng Cờ thi đua gồm: Kho bạc Nhà nước Ninh Thuận; Kho bạc Nhà nước Quảng Trị; Cục Thuế tỉnh Lào Cai.",
     ["Kho bạc Nhà nước Ninh Thuận", "Kho bạc Nhà nước Quảng Trị", "Cục Thuế tỉnh Lào Cai"]),
    # "Tổ chức cán bộ" is a field: "cán bộ" does not end the name (a made-up list)
    ("Cờ thi đua của Chính phủ được tặng cho: Vụ Tổ chức cán bộ (Bộ Y tế); Văn phòng Bộ Y tế.",
     ["Vụ Tổ chức cán bộ (Bộ Y tế)", "Văn phòng Bộ Y tế"]),
    # after "các Sở" a place alone takes the head and field of the item before it, not the bare head (dev
    # cum-thi-dua-so-iv-bo-tai-nguyen…, a made-up variant); a field alone still takes the head
    ("Hội nghị đề nghị tặng bằng khen cho các Sở Tài nguyên và Môi trường Quảng Bình, Quảng Trị.",
     ["Sở Tài nguyên và Môi trường Quảng Bình", "Sở Tài nguyên và Môi trường Quảng Trị"]),
    ("Dự hội nghị có lãnh đạo các Sở Tư pháp Lạng Sơn, Cao Bằng và Sở Nội vụ.",
     ["Sở Tư pháp Lạng Sơn", "Sở Tư pháp Cao Bằng", "Sở Nội vụ"]),
    ("Văn phòng các Sở: Y tế, Tư pháp, Nội vụ tham dự.", ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"]),
    # under a frame of schools, a name of a person's shape with no title is a school named after the person
    # (dev cum-thi-dua-so-4-cac-truong-thpt…; a made-up list); a titled person stays a person
    ("Cụm Thi đua số 4 gồm các Trường THPT: Nguyễn Du, Tôn Đức Thắng, Phan Bội Châu, Bác Ái đã tổ chức hội nghị.",
     ["Trường THPT Nguyễn Du", "Trường THPT Tôn Đức Thắng", "Trường THPT Phan Bội Châu", "Trường THPT Bác Ái"]),
    ("Cụm thi đua số 2 gồm các Trường THCS: Lê Lợi, Nguyễn Văn Trỗi và Chu Văn An.",
     ["Trường THCS Lê Lợi", "Trường THCS Nguyễn Văn Trỗi", "Trường THCS Chu Văn An"]),
    # a head written in full on the first item and short on the others ("Trường THPT …, THPT …") is each one's; the
    # short head alone before a name that opens with a head word is one item with it (dev cum-thi-dua-so-4-ky-ket-
    # giao-uoc-thi-dua-nam-hoc-2017-2018, cum-thi-dua-so-5-ky-ket-giao-uoc-thi-dua-nam-hoc-2019-2020)
    ("Vừa qua, Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo gồm: Trường THPT Lê Duẩn, THPT Bác Ái, THPT Nguyễn Du, "
     "THPT Trường Chinh, THPT Phan Bội Châu, THPT Tôn Đức Thắng tổ chức ký kết giao ước thi đua.",
     ["Trường THPT Lê Duẩn", "Trường THPT Bác Ái", "Trường THPT Nguyễn Du", "Trường THPT Trường Chinh",
      "Trường THPT Phan Bội Châu", "Trường THPT Tôn Đức Thắng"]),
    ("Ngày 11-10, Cụm thi đua số 5, thuộc Sở Giáo dục và Đào tạo gồm 6 đơn vị: Trường THPT Tôn Đức Thắng, THPT Phan Chu "
     "Trinh, THPT Ninh Hải, Trường Cao đẳng Sư phạm Ninh Thuận tổ chức ký kết giao ước thi đua.",
     ["Trường THPT Tôn Đức Thắng", "Trường THPT Phan Chu Trinh", "Trường THPT Ninh Hải",
      "Trường Cao đẳng Sư phạm Ninh Thuận"]),
    # a count of bodies a unit has names each item's body, without the level word "cơ sở" (probes audit11-150;
    # dev hoi-nghi-tong-ket-cong-tac-cong-doan-tong-cong-ty-nam-2012, whose "B và C" stays one item between semicolons)
    ("Cụm thi đua số 3 gồm 7 đảng ủy: Công an tỉnh, Bội chỉ huy quân sự tỉnh, Bệnh viện Trung ương Thái Nguyên, Đại học "
     "Thái Nguyên, Khối cơ quan tỉnh.",
     ["Đảng ủy Công an tỉnh", "Đảng ủy Bội chỉ huy quân sự tỉnh", "Đảng ủy Bệnh viện Trung ương Thái Nguyên",
      "Đảng ủy Đại học Thái Nguyên"]),
    ("Ông X trao Cờ thi đua xuất sắc toàn diện cho 03 công đoàn cơ sở (Công ty mẹ - Tổng công ty; Công ty CP TVTK Đường "
     "bộ).", ["Công đoàn Công ty mẹ - Tổng công ty", "Công đoàn Công ty CP TVTK Đường bộ"]),
    # … not twice; a count of units that are no body of another keeps the items' own heads (made-up lists)
    ("Khối gồm 3 đảng ủy: Đảng ủy Công an tỉnh, Đảng ủy Khối Doanh nghiệp tỉnh và Bệnh viện tỉnh.",
     ["Đảng ủy Công an tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Bệnh viện tỉnh"]),
    ("Cụm gồm 5 công ty: Công ty Điện lực, Xí nghiệp Cơ khí.", ["Công ty Điện lực", "Xí nghiệp Cơ khí"]),
    # … except on an item that already names such a body, by the head or by another name of the same kind of body
    # (review s13 probes body-01, body-13, body-14: "LĐLĐ huyện X" is a union, "Huyện ủy X" a Party committee); the
    # count's descriptor ("cấp trên cơ sở") then goes on no item
    ("LĐLĐ tỉnh tặng Cờ thi đua cho 3 công đoàn cấp trên cơ sở: LĐLĐ huyện Cao Lộc, LĐLĐ huyện Văn Lãng, Công đoàn "
     "ngành Giáo dục.", ["LĐLĐ huyện Cao Lộc", "LĐLĐ huyện Văn Lãng", "Công đoàn ngành Giáo dục"]),
    ("Cụm thi đua số 2 gồm 5 công đoàn: LĐLĐ huyện Cao Lộc, LĐLĐ huyện Văn Lãng, Công đoàn ngành Y tế, Công đoàn ngành "
     "Giáo dục và LĐLĐ thành phố.", ["LĐLĐ huyện Cao Lộc", "LĐLĐ huyện Văn Lãng", "Công đoàn ngành Y tế",
                                     "Công đoàn ngành Giáo dục", "LĐLĐ thành phố"]),
    ("Khối thi đua số 4 gồm 6 đảng ủy: Đảng ủy Khối Doanh nghiệp, Công an tỉnh, Quân sự tỉnh, Bộ đội Biên phòng tỉnh, "
     "Đảng ủy Khối các cơ quan tỉnh và Huyện ủy Cao Lộc.",
     ["Đảng ủy Khối Doanh nghiệp", "Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh", "Đảng ủy Bộ đội Biên phòng tỉnh",
      "Đảng ủy Khối các cơ quan tỉnh", "Huyện ủy Cao Lộc"]),
    # … and a count of union members ("công đoàn viên") lists persons: no body's head goes on them (review s13 probes
    # body-02, body-10)
    ("LĐLĐ tỉnh tặng Bằng khen cho 3 công đoàn viên xuất sắc: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường.",
     ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]),
    ("LĐLĐ tỉnh tặng Bằng khen cho 2 công đoàn viên chức tiêu biểu: Nguyễn Văn An, Trần Thị Bình.",
     ["Nguyễn Văn An", "Trần Thị Bình"]),
    # the short head alone run into a kind of place is that item's short head, not a bare name for the place-kind head
    # of the item before ("Hội LHPN tỉnh LHPN huyện …"): each item takes the full head (review s13 probes sh-03, sh-05)
    ("Cụm thi đua số 1 gồm: Hội LHPN tỉnh Lạng Sơn, LHPN huyện Cao Lộc và LHPN huyện Văn Lãng.",
     ["Hội LHPN tỉnh Lạng Sơn", "Hội LHPN huyện Cao Lộc", "Hội LHPN huyện Văn Lãng"]),
    ("Cụm thi đua số 1 gồm: Viện KSND tỉnh Lạng Sơn, KSND huyện Cao Lộc, Tòa án nhân dân tỉnh.",
     ["Viện KSND tỉnh Lạng Sơn", "Viện KSND huyện Cao Lộc", "Tòa án nhân dân tỉnh"]),
    # … not twice, nor on another acronym (made-up lists)
    ("Khối gồm: Trường THPT Lê Duẩn, Trường THPT Trường Chinh, THCS Nguyễn Du.",
     ["Trường THPT Lê Duẩn", "Trường THPT Trường Chinh", "THCS Nguyễn Du"]),
    # "phòng, chống" is one word of a unit's name; the army's echelons are heads (dev cum-thi-dua-so-3-bo-doi-bien-
    # phong…, trao-huan-chuong-dung-cam…, kiem-tra-phong-trao-thi-dua-vi-an-ninh…)
    ("Cụm thi đua số 3 gồm: Phòng Chính trị, Phòng Phòng, chống ma túy và tội phạm, Văn phòng Bộ Chỉ huy BĐBP tỉnh và "
     "Đại đội Huấn luyện.", ["Phòng Chính trị", "Phòng Phòng, chống ma túy và tội phạm", "Văn phòng Bộ Chỉ huy BĐBP tỉnh",
                             "Đại đội Huấn luyện"]),
    ("Bằng khen được trao cho Cảng vụ Hàng hải Quảng Ngãi, Sư đoàn 372, Tiểu đoàn Cảnh sát đặc nhiệm số 1 và Đại đội 1.",
     ["Cảng vụ Hàng hải Quảng Ngãi", "Sư đoàn 372", "Tiểu đoàn Cảnh sát đặc nhiệm số 1", "Đại đội 1"]),
    # the joint office of two bodies is one unit: its "và" joins no list (a made-up list)
    ("Khối thi đua số 2 gồm: Văn phòng HĐND và UBND huyện, Phòng Nội vụ, Văn phòng Đoàn ĐBQH và HĐND tỉnh.",
     ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
    ("Khối thi đua số 2 gồm: Văn phòng HĐND và UBND huyện; Phòng Nội vụ; Văn phòng Đoàn ĐBQH và HĐND tỉnh.",
     ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
    # between semicolons, "và" before a named unit separates the last two items as it does after commas (sample
    # khoi-thi-dua-van-hoa-xa-hoi-tong-ket-cong-tac…: "…; Sở Khoa học và Công nghệ và Sở Lao động, …"; dev
    # hoi-nghi-tong-ket-cong-tac-cong-doan…: "(Công ty mẹ - Tổng công ty; Công ty CP A và Công ty CP B)"); a "và" inside
    # a name stays ("Phòng Cảnh sát PCCC và CNCH Công an tỉnh")
    ("03 đơn vị gồm: Sở Thông tin và Truyền thông; Sở Khoa học và Công nghệ và Sở Y tế được đề nghị tặng Bằng khen.",
     ["Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Sở Y tế"]),
    ("Khối gồm: Sở Tư pháp; Phòng Cảnh sát PCCC và CNCH Công an tỉnh; Sở Y tế và Sở Nội vụ.",
     ["Sở Tư pháp", "Phòng Cảnh sát PCCC và CNCH Công an tỉnh", "Sở Y tế", "Sở Nội vụ"]),
    # one item a line keeps its "và" (the line is the item)
    ("Khối gồm:\n- Sở Tư pháp và Sở Y tế\n- Văn phòng HĐND và UBND huyện", ["Sở Tư pháp và Sở Y tế",
                                                                       "Văn phòng HĐND và UBND huyện"]),
    # a field name with one inner word in the other case is the field's (extract/fieldnames.py: sample
    # khoi-thi-dua-van-hoa-xa-hoi-tong-ket-cong-tac… "Thương Binh", dev so-ke-hoach-dau-tu-dong-nai… "Kế hoạch - đầu
    # tư", a page of a probe audit "Xã Hội"); the first word keeps its case
    ("Khối gồm: Sở Lao động, Thương Binh và Xã hội; Sở Kế hoạch - đầu tư tỉnh Bình Dương; Sở Y tế.",
     ["Sở Lao động, Thương Binh và Xã hội", "Sở Kế hoạch - đầu tư tỉnh Bình Dương", "Sở Y tế"]),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[1][0] for c in CASES])
def test_list_items(sentence, expected):
    assert expected in items(sentence)


def test_a_gom_after_a_frame_stays_a_verb():
    labels = [c.label for c in chunk(tone("Lãnh đạo Hội Nhà báo các tỉnh Nam Bộ gồm: Tây Ninh, Vĩnh Long."))]
    assert labels[labels.index("COMPOSE") + 1:labels.index("COMPOSE") + 3] == ["COLON", "LIST"]
    assert [c.label for c in chunk(tone("Cụm thi đua số 4 gồm 8 Tỉnh hội Ninh Bình, Hà Nam."))][:2] == ["CLU", "COMPOSE"]


def test_an_alias_in_brackets_after_a_plural_head_is_no_list():
    assert items("Đại diện Hội Nhà báo các tỉnh (HNB) dự hội nghị.") == []


def test_a_bare_name_given_the_head_before_it_is_a_unit():
    """"huyện Trảng Bom, Long Thành, Nhơn Trạch": the items that took the first one's kind of place are
    units, not capitalised stray words (rules.common.plausible drops a bare item in lower case)."""
    from extract.rules.common import plausible

    lists = [c for c in chunk(tone("Cụm thi đua số 1 gồm 5 đơn vị là huyện Trảng Bom, Long Thành, Nhơn Trạch và "
                                   "2 thành phố Biên Hòa, Long Khánh.")) if c.label == "LIST"]
    got = [it["name"] for it in lists[0].attrs["items"] if plausible(it)]
    assert got == ["huyện Trảng Bom", "huyện Long Thành", "huyện Nhơn Trạch"]


def test_a_bare_name_takes_the_head_before_it_only_where_such_a_head_is_followed_by_one():
    """"Hội Liên hiệp Thanh niên TP.HCM, Nhà Thiếu nhi TP.HCM" (dev nam-tap-the-nhan-giai-thuong…): a unit whose head
    the vocabulary lacks takes no head of its neighbour; a place after a head does, and a name after a kind of place."""
    got = items("Năm tập thể nhận giải thưởng gồm: Hội Liên hiệp Thanh niên TP.HCM, Nhà Thiếu nhi TP.HCM.")
    assert not [n for n in got[0] if n.startswith("Hội Liên hiệp Thanh niên Nhà")]
    assert ["Bảo hiểm xã hội Vĩnh Phúc", "Bảo hiểm xã hội Phú Thọ"] in items("Cụm gồm: Bảo hiểm xã hội Vĩnh Phúc, Phú Thọ.")
    assert ["VKSND huyện Bắc Trà My", "VKSND huyện Nam Trà My"] in items("Bằng khen được trao cho VKSND huyện Bắc Trà My, "
                                                                         "Nam Trà My.")


def test_a_number_of_months_after_a_cluster_head_is_a_period():
    """"cả 2 cụm thi đua 6 tháng đầu năm": the first six months, not cluster number 6."""
    clu = [c for c in chunk(tone("Cục X được đánh giá là đơn vị dẫn đầu của cả 2 cụm thi đua 6 tháng đầu năm."))
           if c.label == "CLU"]
    assert [(c.text, c.attrs["number"], c.attrs["generic"]) for c in clu] == [("cụm thi đua", None, True)]
    six = [c for c in chunk(tone("Cụm thi đua số 6 tổng kết năm 2020.")) if c.label == "CLU"]
    assert six[0].attrs["number"] == 6


def test_the_year_word_stays_a_year():
    """"năm" is five before a counted noun and the year everywhere else."""
    labels = [(c.label, c.text) for c in chunk(tone("Trong năm 2020 và năm qua, năm đơn vị được khen thưởng."))]
    assert ("YEAR", "năm 2020") in labels and ("COUNT", "năm đơn vị") in labels, labels
    assert not any(label == "COUNT" and text.startswith("năm qua") for label, text in labels)


def test_the_year_after_a_time_word_is_never_five():
    """"trong năm Hội …", "cuối năm Công ty …", "hằng năm tổ chức …": the year, and the name after it stays whole."""
    for text, name in (("Cuối năm Công ty Điện lực Hà Tĩnh được Thủ tướng Chính phủ tặng Bằng khen.", "Công ty Điện lực Hà Tĩnh"),
                       ("Trong năm Hội Cựu chiến binh xã Kỳ Tân được Thủ tướng Chính phủ tặng Bằng khen.",
                        "Hội Cựu chiến binh xã Kỳ Tân")):
        chunks = chunk(tone(text))
        assert not any(c.label == "COUNT" for c in chunks) and any(c.label == "ORG" and c.text == name for c in chunks)
    assert not any(c.label == "COUNT" for c in chunk(tone("Trường hằng năm tổ chức hội thao.")))


def test_a_phrases_abbreviation_in_brackets_is_no_unit():
    """"đạt chuẩn nông thôn mới (NTM)" (a page of the search store): NTM is the phrase's short form, and the unit
    that receives is the subject ("Huyện Thọ Xuân")."""
    from extract import extract_article
    body = ("Huyện Thọ Xuân vừa tổ chức lễ công bố, đón nhận huyện đạt chuẩn nông thôn mới (NTM), đón nhận Huân chương "
            "Lao động hạng Ba của Chủ tịch nước trao tặng.")
    assert [f["recipient"] for f in extract_article("", body)] == ["Huyện Thọ Xuân"]
    # whatever the phrase's case ("Nông thôn mới (NTM)", a page of a probe audit)
    body = ("Thành phố Sầm Sơn đã hoàn thành nhiệm vụ xây dựng Nông thôn mới (NTM), đón nhận Huân chương Lao động hạng "
            "Ba của Chủ tịch nước.")
    assert "NTM" not in [f["recipient"] for f in extract_article("", body)]


def test_an_items_address_after_a_comma_is_its_own():
    """"Trường THPT Bắc Kạn; Trường THPT Phủ Thông; Trường Mầm non Bộc Bố, huyện Pác Nặm" (a page of a probe audit; dev
    chu-tich-nuoc-phong-tang-cac-danh-hieu…): the last item's district, after its comma, is not the others'."""
    got = items("Tặng Bằng khen cho 39 tập thể gồm: Trường THPT Bắc Kạn; Trường THPT Phủ Thông; Trường Mầm non Bộc Bố, "
                "huyện Pác Nặm.")
    assert ["Trường THPT Bắc Kạn", "Trường THPT Phủ Thông", "Trường Mầm non Bộc Bố, huyện Pác Nặm"] in got


def test_the_last_number_of_a_list_of_numbers_is_an_item():
    """"Hội Chữ thập đỏ Phường 1, 2, 3." and "(… Phường 1, 2, …, 14) tổ chức …" (a page of a probe audit): a number
    before the sentence's dot or the bracket's close is the list's last item, not the number of a next line ("1.")."""
    assert items("Cụm thi đua 1 gồm Hội Chữ thập đỏ Phường 1, 2, 3.") == [
        ["Hội Chữ thập đỏ Phường 1", "Hội Chữ thập đỏ Phường 2", "Hội Chữ thập đỏ Phường 3"]]
    got = items("Ngày 21/11/2024, Cụm thi đua 1 (Hội Chữ thập đỏ Phường 1, 2, 13, 14) tổ chức họp mặt.")
    assert got[-1][-1] == "Hội Chữ thập đỏ Phường 14" and len(got[-1]) == 4
    # a number that opens the next line's item is still a line's number
    assert items("Cụm thi đua 1 gồm:\n1. Sở Tư pháp;\n2. Sở Y tế.") == [["Sở Tư pháp", "Sở Y tế"]]


def test_places_from_the_smaller_to_the_larger_after_a_comma_are_an_address():
    """"Trường Mầm non Sao Sáng, huyện An Lão, thành phố Hải Phòng và Trường Tiểu học Núi Đèo, …" and "Trường Tiểu học
    Tây Xuân, xã Tây Xuân, huyện Tây Sơn" (pages of two probe audits): the school's address, no recipient of its own."""
    assert items("Thủ tướng tặng Cờ thi đua cho Trường Mầm non Sao Sáng, huyện An Lão, thành phố Hải Phòng và Trường "
                 "Tiểu học Núi Đèo, huyện Thủy Nguyên, thành phố Hải Phòng.") == [
        ["Trường Mầm non Sao Sáng, huyện An Lão, thành phố Hải Phòng",
         "Trường Tiểu học Núi Đèo, huyện Thủy Nguyên, thành phố Hải Phòng"]]
    got = items("Đề nghị tặng Huân chương Lao động hạng Nhì cho các tập thể:\n1. Phòng Giáo dục và Đào tạo huyện Phù Mỹ;\n"
                "2. Trường Tiểu học Tây Xuân, xã Tây Xuân, huyện Tây Sơn.")
    assert got == [["Phòng Giáo dục và Đào tạo huyện Phù Mỹ", "Trường Tiểu học Tây Xuân, xã Tây Xuân, huyện Tây Sơn"]]
    # places listed as recipients stay recipients, and so does one place after a unit (an address or a second unit)
    got = items("UBND tỉnh tặng Bằng khen cho xã Tân Lập, huyện Bắc Sơn, huyện Văn Quan.")[0]
    assert got[0].startswith("xã Tân Lập") and got[-1] == "huyện Văn Quan"
    assert items("UBND tỉnh tặng Bằng khen cho Sở Y tế, huyện Bắc Sơn và huyện Văn Quan.") == [
        ["Sở Y tế", "huyện Bắc Sơn", "huyện Văn Quan"]]
    # only after a unit that stands at an address and names no place itself (the review's probes): communes, a
    # provincial department and a district's committee stay units of their own
    assert items("Cụm thi đua số 1 gồm 5 xã: xã Tân Lập, xã Hòa Cư, xã Tân Thanh, thị trấn Cao Lộc, huyện Cao Lộc.")[-1][2] \
        == "xã Tân Thanh"
    assert items("UBND tỉnh tặng Cờ thi đua cho các đơn vị: Sở Y tế, xã Tân Lập, huyện Cao Lộc.")[-1][0] == "Sở Y tế"
    assert items("Cụm thi đua số 2 gồm các đơn vị: UBND huyện Cao Lộc, UBND huyện Văn Lãng, thị xã Hoàng Mai, tỉnh Nghệ "
                 "An.")[-1][1] == "UBND huyện Văn Lãng"


def test_a_dash_inside_a_name_between_acronyms_or_before_a_compound():
    """"Đài PT - TH Tuyên Quang" (two pages of a probe audit), "Quân chủng Phòng không - Không quân" (2 dev articles, a
    page of a probe audit; "không" alone is "not"): the dash stands inside the name."""
    assert items("Cụm thi đua số 3 gồm Đài PT - TH Tuyên Quang, Đài PT - TH Phú Thọ và Đài PT - TH Yên Bái.") == [
        ["Đài PT - TH Tuyên Quang", "Đài PT - TH Phú Thọ", "Đài PT - TH Yên Bái"]]
    from extract import extract_article
    facts = extract_article("", "Chủ tịch nước tặng Huân chương Chiến công hạng nhất cho Quân chủng Phòng không - Không quân.")
    assert [f["recipient"] for f in facts] == ["Quân chủng Phòng không - Không quân"]
    # not any compound after a dash, nor acronyms that open the name (the review's probes): separate bodies, posts
    for body, first in (("UBND tỉnh tặng Bằng khen cho Viện Kiểm sát nhân dân huyện Cao Lộc - Điều tra viên Nguyễn Văn "
                         "An.", "Viện Kiểm sát nhân dân huyện Cao Lộc"),
                        ("UBND tỉnh tặng Bằng khen cho Sở Khoa học và Công nghệ - Đổi mới sáng tạo vì cộng đồng.",
                         "Sở Khoa học và Công nghệ")):
        assert [f["recipient"] for f in extract_article("", body)] == [first]
    assert all(" - " not in f["recipient"] for f in extract_article("", "UBND tỉnh tặng Bằng khen cho MTTQ - HND - HPN "
                                                                         "xã Tân Lập."))
    # a dash before a lower-case word or a person's post still ends the name
    assert [f["recipient"] for f in extract_article("", "Sở Y tế - đơn vị Cụm trưởng được tặng Cờ thi đua.")
            if f["kind"] == "award"] == ["Sở Y tế"]


def test_a_fields_capitalised_xa_hoi_is_no_commune():
    """"…, Lao động-Thương binh và Xã Hội, Văn hóa, Thể thao và Du lịch, …" (a page of a probe audit): "Xã Hội" is the
    field's last word, not a commune named "Hội"; the list goes on after it."""
    got = items("Khối thi đua Văn hóa-Xã hội gồm 8 đơn vị: Sở Giáo dục và Đào tạo, Y tế, Lao động-Thương binh và Xã Hội, "
                "Văn hóa, Thể thao và Du lịch, Ban Dân tộc tỉnh tổ chức hội nghị.")
    assert got[0][2:] == ["Lao động-Thương binh và Xã Hội", "Văn hóa, Thể thao và Du lịch", "Ban Dân tộc tỉnh"]


def test_an_item_that_names_the_frames_head_keeps_its_name():
    """"gồm 7 trường chính trị các tỉnh … (Trường Chính trị Ninh Thuận, …)" (a page of a probe audit): the items name
    the head themselves, in another case; "các Trường THPT: Nguyễn Du, Trường Chinh" still spells the head out."""
    got = items("Cụm thi đua số 8 gồm 7 trường chính trị các tỉnh miền Đông Nam bộ (Trường Chính trị Ninh Thuận, Trường "
                "Chính trị Tây Ninh) đã tổ chức Hội nghị.")
    assert got[-1] == ["Trường Chính trị Ninh Thuận", "Trường Chính trị Tây Ninh"]
    assert items("Cụm gồm các Trường THPT: Nguyễn Du, Trường Chinh.")[-1][-1] == "Trường THPT Trường Chinh"


def test_persons_with_posts_after_dashes_go_on():
    """"cho các ông: Vũ Đức Khiển - nguyên Chủ nhiệm Ủy ban Pháp luật, Bùi Ngọc Thanh - …", "A - giáo viên, B - giáo
    viên", "A - Giám đốc Sở Y tế và B - …" (pages of two probe audits): each person's post runs to the next person."""
    from extract import extract_article
    for body, names in (
            ("Chủ tịch nước tặng Huân chương Độc lập hạng nhì cho các ông: Vũ Đức Khiển - nguyên Chủ nhiệm Ủy ban Pháp "
             "luật, Bùi Ngọc Thanh - nguyên Phó chủ nhiệm Ủy ban về các vấn đề xã hội, Trần Quốc Thuận - nguyên Phó chủ "
             "nhiệm Văn phòng Quốc hội.", ["Vũ Đức Khiển", "Bùi Ngọc Thanh", "Trần Quốc Thuận"]),
            ("Bộ trưởng tặng Bằng khen cho Nguyễn Văn An - giáo viên, Trần Văn Bình - giáo viên.",
             ["Nguyễn Văn An", "Trần Văn Bình"]),
            ("Bộ trưởng tặng Bằng khen cho các ông: Nguyễn Văn An - Giám đốc Sở Y tế và Trần Văn Bình - Giám đốc Sở Tài "
             "chính.", ["Nguyễn Văn An", "Trần Văn Bình"])):
        assert [f["recipient"] for f in extract_article("", body)] == names, body
    # a dash before a post and no next person: the post ends the list ("A - Giám đốc Sở Y tế.")
    assert [f["recipient"] for f in extract_article("", "Bộ trưởng tặng Bằng khen cho ông Nguyễn Văn An - Giám đốc Sở Y tế.")] \
        == ["Nguyễn Văn An"]


def test_a_head_written_with_a_capitalised_descriptor_is_spelled_out_whole():
    """"07 Trường Chính trị trong Cụm thi đua, gồm các trường: Bắc Giang, Phú Thọ" (a page of a probe audit; "gồm các
    Trường Chính trị: Bắc Giang" its variant): the head's descriptor written in sentence case ("Chính trị", a
    capital and lower-case words) is the head's, not an item; a plural of the same head later in the clause takes
    the counted head whole. "8 Tỉnh hội Ninh Bình, Hà Nam" (all capitals: a place) stays an item."""
    assert items("Năm 2023, Cụm thi đua gồm các Trường Chính trị: Bắc Giang, Phú Thọ, Thái Nguyên.")[-1] == [
        "Trường Chính trị Bắc Giang", "Trường Chính trị Phú Thọ", "Trường Chính trị Thái Nguyên"]
    assert items("Năm 2023, về phía Cụm thi đua có đại diện Ban Giám hiệu của 07 Trường Chính trị trong Cụm thi đua, "
                 "gồm các trường: Bắc Giang, Phú Thọ, Thái Nguyên.")[-1] == [
        "Trường Chính trị Bắc Giang", "Trường Chính trị Phú Thọ", "Trường Chính trị Thái Nguyên"]
    assert items("Cụm thi đua số 4 gồm 8 Tỉnh hội Ninh Bình, Hà Nam, Nam Định.")[-1] == [
        "Tỉnh hội Ninh Bình", "Tỉnh hội Hà Nam", "Tỉnh hội Nam Định"]


def test_an_item_that_names_the_frames_head_by_its_abbreviation_keeps_its_name():
    """"Cụm thi đua số 4 gồm 6 trường đại học: Trường ĐH Tây Bắc, …" (a variant of a probe audit's page, as "gồm 7
    trường chính trị: Trường Chính trị Ninh Thuận" of another): "ĐH" is "đại học", the item names the head itself."""
    assert items("Cụm thi đua số 4 gồm 6 trường đại học: Trường ĐH Tây Bắc, Trường ĐH Tây Nguyên, Trường ĐH Đà Lạt.")[
        -1] == ["Trường ĐH Tây Bắc", "Trường ĐH Tây Nguyên", "Trường ĐH Đà Lạt"]
    assert items("Năm học 2016 - 2017, 6 trường đại học trong Cụm thi đua số 4 gồm: Trường ĐH Tây Bắc, Trường ĐH Cần "
                 "Thơ.")[-1] == ["Trường ĐH Tây Bắc", "Trường ĐH Cần Thơ"]


def test_a_dash_inside_the_first_items_name():
    """"Khối thi đua số 7 gồm 6 đơn vị: Viện Chiến lược và Chính sách kinh tế - tài chính, Báo Tài Chính - Đầu tư, Tạp
    chí Kinh tế -Tài chính, …" (a page of a probe audit, its variants D2 and D3; "Ban biên tập Văn hóa - xã hội, Đài
    …" as listdash.dashed_part says): a dash and a few words before the next unit are the first item's name too, as they
    are a later item's; in brackets after "gồm N đơn vị …" as well. A role or a year after the dash is none."""
    want = ["Viện Chiến lược và Chính sách kinh tế - tài chính", "Báo Tài Chính - Đầu tư", "Tạp chí Kinh tế -Tài chính",
            "Nhà xuất bản Kinh tế - Tài chính"]
    body = ("Viện Chiến lược và Chính sách kinh tế - tài chính, Báo Tài Chính - Đầu tư, Tạp chí Kinh tế -Tài chính, "
            "Nhà xuất bản Kinh tế - Tài chính")
    assert items(f"Khối thi đua số 7 gồm 6 đơn vị: {body}.")[-1] == want
    assert items(f"Khối thi đua số 7 gồm 6 đơn vị thuộc Bộ Tài chính ({body}).")[-1] == want
    assert items("Khối gồm: Ban biên tập Văn hóa - xã hội, Đài Phát thanh tỉnh và Sở Nội vụ.")[-1] == [
        "Ban biên tập Văn hóa - xã hội", "Đài Phát thanh tỉnh", "Sở Nội vụ"]
    assert items("Cụm thi đua số 9 gồm: Trường Chính trị tỉnh Đồng Tháp - Cụm phó, Trường Chính trị Long An.")[-1] == [
        "Trường Chính trị tỉnh Đồng Tháp", "Trường Chính trị Long An"]
    assert items("Khối gồm: Sở Y tế - đơn vị Cụm trưởng, Sở Tư pháp và Sở Nội vụ.")[-1] == [
        "Sở Y tế", "Sở Tư pháp", "Sở Nội vụ"]


def test_a_farm_is_a_unit():
    """"Nông trường" opens a unit's name: "… cho 3 tập thể dẫn đầu là Nông trường II (Khối số 1), Nông trường III (Khối
    số 2), Xí nghiệp …" (a page of probe audit 11, the Lộc Ninh one) and "tập thể lao động Nông trường Đoàn Văn Tiến vừa
    được … thưởng" (a corpus article, khen-thuong-cong-nhan-ve-truoc-ke-hoach)."""
    assert items("Tập đoàn tặng Cờ thi đua cho Nông trường II, Nông trường III và Xí nghiệp Xây lắp.")[-1] == [
        "Nông trường II", "Nông trường III", "Xí nghiệp Xây lắp"]
    assert items("Bằng khen được trao cho Nông trường Đoàn Văn Tiến và Xí nghiệp Xây lắp.")[-1] == [
        "Nông trường Đoàn Văn Tiến", "Xí nghiệp Xây lắp"]


def test_semicolon_groups_of_places_of_one_kind_split_at_their_commas():
    """"… gồm: phường Tân Sơn Nhì; Phường Tây Thạnh, phường Tân Phú, …; phường An Lạc, …" (a page of probe audit 11,
    cuuchienbinhtphcm, its variants D1a and D1d): when every part between the commas and semicolons opens with the
    same administrative kind, no comma is inside a name (a place's address climbs to a larger kind: "xã A, huyện B"),
    so the commas separate items as the semicolons do. Parts of other openings keep their commas ("Vụ …, VKSND tối
    cao; …", "Công an phường A, quận B; …")."""
    assert items("Cụm thi đua số 5 gồm: phường Tân Sơn Nhì; Phường Tây Thạnh, phường Tân Phú, phường Phú Thọ Hòa; "
                 "phường An Lạc, phường Bình Tân; Các đồng chí trong Ban Thường vụ dự hội nghị.")[-1] == [
        "phường Tân Sơn Nhì", "Phường Tây Thạnh", "phường Tân Phú", "phường Phú Thọ Hòa", "phường An Lạc",
        "phường Bình Tân"]
    assert items("Cụm thi đua số 5 gồm Hội Cựu chiến binh các phường: phường Tân Sơn Nhì; phường Tây Thạnh, phường Tân "
                 "Phú; phường An Lạc, phường Bình Tân.")[-1][-1] == "Hội Cựu chiến binh phường Bình Tân"
    assert items("Các tập thể được khen thưởng gồm: Đội Cảnh sát điều tra, Công an quận Đống Đa; Công an phường Láng "
                 "Hạ, quận Đống Đa; Đội Điều tra trọng án, Công an Thành phố.")[-1] == [
        "Đội Cảnh sát điều tra, Công an quận Đống Đa", "Công an phường Láng Hạ, quận Đống Đa",
        "Đội Điều tra trọng án, Công an Thành phố"]
    assert items("Khen thưởng: Nhân dân và cán bộ xã Diễn Thọ, huyện Diễn Châu; Nhân dân và cán bộ xã Xuân Lâm, huyện "
                 "Nam Đàn.")[-1] == ["Nhân dân và cán bộ xã Diễn Thọ, huyện Diễn Châu",
                                     "Nhân dân và cán bộ xã Xuân Lâm, huyện Nam Đàn"]


def test_a_capitalised_head_before_a_known_place_is_shared():
    """"Cụm thi đua số 3 gồm các đơn vị Hội LHPN Mê Linh, Đông Anh, Sóc Sơn, …" (a page of probe audit 11,
    baophunuthudo) and "giúp Hội CCB Quảng Nam, Quảng Ngãi, xây nhà" (a corpus article, cum-thi-dua-so-8-trong-
    phong-trao…): a head written in capitals only is told from the place after it by the list of places, not by
    case; the bare places after it take it, as they take "VKSND huyện" of "VKSND huyện Bắc Trà My, Nam Trà My"."""
    assert items("Cụm thi đua số 3 gồm các đơn vị Hội LHPN Mê Linh, Đông Anh, Sóc Sơn, Hội PN Công an Hà Nội đã tổ "
                 "chức hội nghị.")[-1] == ["Hội LHPN Mê Linh", "Hội LHPN Đông Anh", "Hội LHPN Sóc Sơn",
                                           "Hội PN Công an Hà Nội"]
    assert items("Hội CCB Quảng Nam, Quảng Ngãi và Bình Định dự hội nghị.")[-1] == [
        "Hội CCB Quảng Nam", "Hội CCB Quảng Ngãi", "Hội CCB Bình Định"]


def test_a_kind_of_place_before_the_first_place_is_no_head_to_share():
    """"TP.Hồ Chí Minh, Đồng Nai, Bình Dương" (the Southeast clusters) and "TP Lạng Sơn, Cao Lộc, Văn Lãng" (a district
    cluster; the review of 60d10a9, its probes): a list that opens with a city goes on with provinces or districts of
    another kind, so the city's kind, written out or abbreviated, is shared with none of them; a token glued at an
    abbreviation's dot ("TP.Hồ") holds the start of the name, so the name is never split inside it."""
    assert items("Cụm thi đua số 5 gồm: TP.Hồ Chí Minh, Đồng Nai, Bình Dương, Tây Ninh.")[-1] == [
        "TP.Hồ Chí Minh", "Đồng Nai", "Bình Dương", "Tây Ninh"]
    assert items("Cụm thi đua số 5 gồm: TP. Hồ Chí Minh, Đồng Nai, Bình Dương, Tây Ninh.")[-1] == [
        "TP. Hồ Chí Minh", "Đồng Nai", "Bình Dương", "Tây Ninh"]
    assert items("Cụm thi đua các tỉnh Tây Nam Bộ gồm: TP Cần Thơ, An Giang, Kiên Giang, Hậu Giang.")[-1] == [
        "TP Cần Thơ", "An Giang", "Kiên Giang", "Hậu Giang"]
    assert items("Cụm thi đua số 1 gồm: TP Lạng Sơn, Cao Lộc, Văn Lãng, Lộc Bình.")[-1] == [
        "TP Lạng Sơn", "Cao Lộc", "Văn Lãng", "Lộc Bình"]
    assert items("Cụm thi đua Hội Nhà báo các tỉnh miền Đông Nam bộ gồm: Hội Nhà báo TP.Hồ Chí Minh, Đồng Nai, "
                 "Bình Dương.")[-1][1:] == ["Hội Nhà báo Đồng Nai", "Hội Nhà báo Bình Dương"]
    assert items("Cụm thi đua số 8 gồm các đơn vị: Viettel Lạng Sơn, Cao Bằng, Bắc Kạn.")[-1] == [
        "Viettel Lạng Sơn", "Viettel Cao Bằng", "Viettel Bắc Kạn"]


def test_an_apposition_after_the_first_items_dash_is_no_part_of_its_name():
    """"Trường Cao đẳng Y tế - nơi đăng cai hội nghị, Trường Cao đẳng Sư phạm, …" (the review of 8e5dc15, its probes;
    "Ngân hàng Việt Nam - nơi hội tụ …" and "Ban Thi đua – Khen thưởng - cơ quan thường trực …" in corpus articles):
    a noun that says what the unit is (function.yml appositions) opens no second half of its name, and the list goes on
    after it (the second review: "Sở Y tế - cơ quan thường trực, Sở Giáo dục và Đào tạo, …" had lost its other members)."""
    for tail in ("nơi đăng cai hội nghị", "nơi tổ chức", "cơ quan thường trực", "đơn vị đăng cai"):
        got = items(f"Khối thi đua số 6 gồm 6 đơn vị: Trường Cao đẳng Y tế - {tail}, Trường Cao đẳng Sư phạm, "
                    "Trường Chính trị tỉnh.")
        assert got[-1] == ["Trường Cao đẳng Y tế", "Trường Cao đẳng Sư phạm", "Trường Chính trị tỉnh"], tail
    assert items("Khối thi đua số 3 gồm: Trung tâm Văn hóa - thể thao huyện, Trung tâm Y tế huyện, Phòng Nội vụ.")[
        -1] == ["Trung tâm Văn hóa - thể thao huyện", "Trung tâm Y tế huyện", "Phòng Nội vụ"]


def test_a_serial_after_a_full_item_takes_its_head():
    """"Phòng PC01, PC02, PC09, PK20" (a dev article, twice: "Phòng PC03, PA06, PA07"), "Chi cục Dự trữ Nhà nước khu
    vực I, III, VII" (a dev article), "KTNN khu vực II, IV, IX" (a dev article), "Nông trường IV, VI" (a page of probe
    audit 11): the head is written on the first item only, the others are its serials, of the same shape (a code of
    capitals and digits, a roman numeral). A serial of another shape, or a name, takes nothing."""
    assert items("Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Phòng PC01, PC02, PC09, PK20.")[-1] == [
        "Phòng PC01", "Phòng PC02", "Phòng PC09", "Phòng PK20"]
    assert items("Cụm thi đua số 3 gồm Chi cục Dự trữ Nhà nước khu vực I, III, VII.")[-1] == [
        "Chi cục Dự trữ Nhà nước khu vực I", "Chi cục Dự trữ Nhà nước khu vực III", "Chi cục Dự trữ Nhà nước khu vực VII"]
    assert items("Khối thi đua số 1 gồm Nông trường IV, VI, VII và VIII.")[-1] == [
        "Nông trường IV", "Nông trường VI", "Nông trường VII", "Nông trường VIII"]
    assert items("Bằng khen được trao cho Nông trường IV, PC02.")[-1][1] != "Nông trường PC02"
    assert items("Chủ tịch nước trao Huân chương cho 11 tập thể, cá nhân, gồm: Phòng PC01, PC02, PK20; Đại tá Trần Tiến "
                 "Đạt, Phó Giám đốc Công an tỉnh.")[-1][:3] == ["Phòng PC01", "Phòng PC02", "Phòng PK20"]


def test_a_kind_given_before_the_clusters_own_gom_goes_on_each_item():
    """"Hội Cựu chiến binh 10 phường của Cụm thi đua số 5 gồm: phường A; …" (a page of probe audit 11) and "lãnh đạo
    các sở VH-TT&DL thuộc Cụm gồm: Bình Dương, …" (a page of probe audit 3): the kind of unit stands before "of / in
    the cluster … gồm", with its descriptor ("VH-TT&DL"), and each listed place is that unit there."""
    assert items("Chủ tịch Hội Cựu chiến binh 10 phường của Cụm thi đua số 5 gồm: phường Tân Định, phường Đa Kao và "
                 "phường Bến Nghé.")[-1] == ["Hội Cựu chiến binh phường Tân Định", "Hội Cựu chiến binh phường Đa Kao",
                                            "Hội Cựu chiến binh phường Bến Nghé"]
    assert items("Dự có lãnh đạo các sở VH-TT&DL thuộc Cụm gồm: Bình Dương, Bình Phước, Đồng Nai.")[-1] == [
        "Sở VH-TT&DL Bình Dương", "Sở VH-TT&DL Bình Phước", "Sở VH-TT&DL Đồng Nai"]


def test_a_persons_workplace_with_a_bracket_or_a_membership_word_goes_on_to_the_next_person():
    """"…; bà A, Hiệu trưởng Trường Mầm non X (Nam Sách) và bà B, Hiệu trưởng …" (a page of probe audit 12), "anh A,
    Đoàn viên Chi đoàn X (xã …, huyện …) và anh B, Đoàn viên …" (a dev article): the bracket after a person's
    workplace and a membership word before it are the person's apposition; the next person is the list's next item,
    not a second unit glued to the workplace."""
    from extract import extract_article
    for body, names in (
            ("Đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng ba cho ông Trịnh Ngọc Tùng, Hiệu trưởng Trường "
             "THPT Nguyễn Trãi; bà Nguyễn Thị Thơm, Phó Hiệu trưởng Trường THCS Chu Văn An (đều ở TP Chí Linh); bà "
             "Nguyễn Thị Hoàn, Hiệu trưởng Trường Mầm non An Bình (Nam Sách) và bà Trần Thị Lan Phương, Hiệu trưởng "
             "Trường Mầm non Hải Tân (TP Hải Dương).",
             ["Trịnh Ngọc Tùng", "Nguyễn Thị Thơm", "Nguyễn Thị Hoàn", "Trần Thị Lan Phương"]),
            ("Tỉnh đoàn đề nghị xét tặng Huy hiệu Tuổi trẻ dũng cảm cho 2 cá nhân gồm anh Trần Vĩnh Thu, Đoàn viên Chi "
             "đoàn Thôn Cự Lại Đông (xã Phú Hải, huyện Phú Vang) và anh Trần Văn Bin, Đoàn viên Chi đoàn Thôn Cự Lại "
             "Đông (xã Phú Hải, huyện Phú Vang).", ["Trần Vĩnh Thu", "Trần Văn Bin"])):
        assert [f["recipient"] for f in extract_article("", body)] == names, body
    # a unit after a person and a comma, with no post or membership word before it, is still an item of its own
    assert items("Bộ trưởng tặng Bằng khen cho ông Nguyễn Văn An, Sở Y tế (tỉnh Nam Định) và ông Trần Văn Bình.")[-1] \
        == ["Nguyễn Văn An", "Sở Y tế (tỉnh Nam Định)", "Trần Văn Bình"]


def test_a_second_post_after_kiem_stays_the_persons_between_semicolons():
    """"như ông A, nguyên Chủ tịch kiêm Tổng giám đốc Tổng công ty X; ông B, Giám đốc Bệnh viện Y; …" (a dev article),
    "Thiếu tá A, phi công lái phụ kiêm dẫn đường …; Thiếu tá chuyên nghiệp B, …" (a page of probe audit 7): "kiêm"
    joins a second post of the same person; the list of persons goes on after it."""
    from extract import extract_article
    body = ("Nhiều cá nhân cũng được đề nghị phong Anh hùng Lao động đợt này, như ông Trần Đình Thanh, nguyên Chủ tịch kiêm "
            "Tổng giám đốc Tổng công ty Điện lực miền Trung; ông Nguyễn Quốc Anh, Giám đốc Bệnh viện Bạch Mai.")
    assert [f["recipient"] for f in extract_article("", body)] == ["Trần Đình Thanh", "Nguyễn Quốc Anh"]
    body = ("Được truy tặng Huân chương Chiến công hạng nhất, gồm: Đại tá Hoàng Lại Long, phi công lái chính, Phó Tham mưu "
            "trưởng Trung đoàn 916; Thiếu tá Lê Thanh Việt, phi công lái phụ kiêm dẫn đường trên không Phi đội 2; Thiếu tá "
            "chuyên nghiệp Nguyễn Văn Thanh, cơ giới Phi đội 2.")
    assert [f["recipient"] for f in extract_article("", body)] == ["Hoàng Lại Long", "Lê Thanh Việt", "Nguyễn Văn Thanh"]


def test_an_occupation_written_with_a_capital_is_no_name():
    """"Ông Vũ Văn Hạnh, Viên chức Phòng nghiên cứu …, Trung tâm Công nghệ thông tin" (a dev article: "Viên" came out a
    receiver), "nhà giáo A - Giáo viên Trường THCS …" (a page of probe audit 9, two dev articles): a capitalised
    occupation is a plain word (function.yml compounds), not a name that opens a unit or a list item."""
    from extract import extract_article
    body = ("Nhân dịp này, Thủ tướng Chính phủ tặng Bằng khen cho: Ông Vũ Văn Hạnh, Viên chức Phòng nghiên cứu và Phát triển "
            "phần mềm, Trung tâm Công nghệ thông tin")
    assert [f["recipient"] for f in extract_article("", body)] == ["Vũ Văn Hạnh"]
    assert not any(c.label == "NAME" for c in chunk(tone("nhà giáo Nguyễn Minh Nguyên - Giáo viên Trường THCS Tân Mỹ")))


def test_an_item_numbered_with_a_dash_goes_on_with_the_list():
    """"gồm: 1- A; 2- B; …" (a page of probe audit 4, two lists) numbers its items as "1. A;\\n2. B" lines do (dev
    bo-ldtbxh-lay-y-kien-nhan-dan…, probe audit 4's other page): the number is no part of the list, which goes on
    after it; a number and a dash inside a list by commas numbers nothing."""
    from extract import extract_article
    body = ("Thành phố Hà Nội có 4 tập thể, cá nhân được đề nghị phong tặng danh hiệu Anh hùng Lao động: 1- Trường THCS Ngô "
            "Sỹ Liên, quận Hoàn Kiếm; 2- Bệnh viện đa khoa Xanh Pôn; 3- Ông Nguyễn Mạnh Thản, Chủ tịch Hội đồng quản trị.")
    assert items(body) == [["Trường THCS Ngô Sỹ Liên, quận Hoàn Kiếm", "Bệnh viện đa khoa Xanh Pôn", "Nguyễn Mạnh Thản"]]
    assert [(f["recipient"], f["status"]) for f in extract_article("", body)] == [
        ("Trường THCS Ngô Sỹ Liên, quận Hoàn Kiếm", "proposed"), ("Bệnh viện đa khoa Xanh Pôn", "proposed"),
        ("Nguyễn Mạnh Thản", "proposed")]
    assert items("Khối gồm Sở Y tế, Sở Tư pháp, 2 - Sở Tài chính tổ chức hội nghị.") == [["Sở Y tế", "Sở Tư pháp"]]


def test_a_field_names_first_word_keeps_its_case():
    from extract.fieldnames import variants
    ways = variants(["Tổ chức cán bộ", "Lao động, Thương binh và Xã hội"], "và")
    assert "Tổ chức Cán bộ" in ways and "tổ chức cán bộ" not in ways
    assert "Lao động, Thương Binh và Xã hội" in ways and "Lao động - Thương binh và Xã Hội" in ways
    assert "Lao động, Thương binh Và Xã hội" not in ways


def test_grantors_listed_after_gom_are_members_of_the_list():
    """"… các tổ chức thành viên trong Khối Thi đua gồm: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng LĐLĐ Việt
    Nam, Trung ương Hội Cựu chiến binh Việt Nam, …" (probe audit10-127) and "9 tổ chức trong khối thi đua gồm: Ủy ban
    Trung ương MTTQ Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam, Tổng Liên đoàn Lao động Việt Nam, …" (dev-11
    cac-to-chuc-chinh-tri-xa-hoi-phat-huy-suc-manh-khoi-dai-doan-ket-toan-dan-toc): bodies that also confer awards,
    listed after "gồm", are items of the list (extract/listgrantors.py); a post with its body is a person's title."""
    assert items("Các tổ chức thành viên trong Khối Thi đua gồm: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng LĐLĐ "
                 "Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam và Trung ương Hội Nông dân Việt Nam.") == [[
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Tổng LĐLĐ Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam",
        "Trung ương Hội Nông dân Việt Nam"]]
    assert items("Đại diện 9 tổ chức trong khối thi đua gồm: Ủy ban Trung ương MTTQ Việt Nam, Trung ương Hội Cựu chiến "
                 "binh Việt Nam, Tổng Liên đoàn Lao động Việt Nam, Trung ương Hội Nông dân Việt Nam.")[-1] == [
        "Ủy ban Trung ương MTTQ Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam",
        "Tổng Liên đoàn Lao động Việt Nam", "Trung ương Hội Nông dân Việt Nam"]
    # not after "gồm": a grantor before a list of receivers stays the giver
    assert items("Tổng Liên đoàn Lao động Việt Nam, Sở Y tế và Sở Tư pháp tặng Bằng khen.")[-1][0] != \
        "Tổng Liên đoàn Lao động Việt Nam"
    # not a grantor that opens the next clause: after a ";" with no end of the list after it, or with a verb of giving
    # or proposing after it: that grantor gives, in a clause of its own (review 2's gr-10, gr-26, gr-27, gr-15, gr-12)
    for sentence, giver in [
        ("Dịp này, 3 tập thể được tặng Bằng khen gồm: Sở Y tế, Sở Tư pháp; UBND tỉnh cũng tặng Giấy khen cho Sở Nội vụ.",
         "UBND tỉnh"),
        ("Các tập thể được khen thưởng gồm: Hội Nông dân tỉnh, Hội CCB tỉnh; Trung ương Đoàn tặng Bằng khen cho Huyện "
         "đoàn Cao Lộc.", "Trung ương Đoàn"),
        ("Cụm thi đua số 3 gồm: Sở Y tế, Sở Tư pháp, Sở Nội vụ; UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Cờ thi đua "
         "cho Sở Y tế.", "UBND tỉnh"),
        ("Cụm thi đua số 3 gồm Sở Y tế, Sở Tư pháp, UBND tỉnh tặng Cờ thi đua cho Sở Y tế.", "UBND tỉnh"),
        ("Khen thưởng 2 tập thể gồm Sở Y tế và Sở Tư pháp và UBND tỉnh trao Cờ thi đua cho Sở Nội vụ.", "UBND tỉnh"),
    ]:
        assert not any(giver in group for group in items(sentence)), sentence
        assert [c.label for c in chunk(tone(sentence)) if c.text == giver] == ["GRT"], sentence
    # the run goes on over ";" and "," to a grantor at the end of its item (dev thu-tuong-khen-10-tap-the-4-ca-nhan-…)
    assert items("Cụ thể, 10 tập thể được tặng Bằng khen gồm: Bệnh viện Bạch Mai; Trường Đại học Kỹ thuật Y tế Hải "
                 "Dương, Bộ Y tế; Công an huyện Việt Yên, Công an tỉnh Bắc Giang, Bộ Công an; Nhân dân và cán bộ xã "
                 "Phương Sơn, huyện Lục Nam, tỉnh Bắc Giang.")[-1][1:3] == [
        "Trường Đại học Kỹ thuật Y tế Hải Dương, Bộ Y tế", "Công an huyện Việt Yên, Công an tỉnh Bắc Giang, Bộ Công an"]
    # a list joined by ";" alone runs on
    assert items("Các đơn vị trong Khối gồm: Ủy ban Trung ương MTTQ Việt Nam; Tổng Liên đoàn Lao động Việt Nam; Hội "
                 "Cựu chiến binh Việt Nam.") == [["Ủy ban Trung ương MTTQ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
                                                 "Hội Cựu chiến binh Việt Nam"]]


def test_semicolon_groups_of_sibling_units_split_at_their_commas_and_va():
    """A ";" list whose groups join units of their own by "," or "và" (extract/listkinds.siblings): dev-11
    khoi-thi-dua-mat-tran-va-cac-to-chuc-chinh-tri-xa-hoi-tp-da-nang-…, cum-thi-dua-so-6-gop-phan-phat-trien-thuong-
    hieu-lien-hiep-hoi-viet-nam, mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi-tong-ket-cong-tac-thi-dua-nam-2022;
    dev cum-thi-dua-so-5-thuoc-nganh-du-tru-ky-ket-giao-uoc-thi-dua-nam-2023. A department and its body, a unit and
    its address or a larger body of the same head keep their commas, and so does every group of their list."""
    assert items("Khối thi đua Mặt trận và các tổ chức chính trị-xã hội TP Đà Nẵng (gồm: UBMTTQ Việt Nam TP, Liên đoàn "
                 "Lao động, Hội Nông dân; Thành Đoàn Đà Nẵng, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh thành phố) tổ "
                 "chức hội nghị.") == [["UBMTTQ Việt Nam TP", "Liên đoàn Lao động", "Hội Nông dân", "Thành Đoàn Đà Nẵng",
                                        "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh thành phố"]]
    assert items("Cụm Thi đua số 6 gồm các tỉnh: Quảng Ngãi; Bình Định, Phú Yên; Khánh Hòa; Ninh Thuận và Bình Thuận.") == [[
        "tỉnh Quảng Ngãi", "tỉnh Bình Định", "tỉnh Phú Yên", "tỉnh Khánh Hòa", "tỉnh Ninh Thuận", "tỉnh Bình Thuận"]]
    assert items("Tặng Bằng khen của UBND tỉnh cho Ủy ban MTTQ tỉnh; Hội CCB tỉnh và Tỉnh đoàn.")[-1] == [
        "Ủy ban MTTQ tỉnh", "Hội CCB tỉnh", "Tỉnh đoàn"]
    assert items("Cụm thi đua số 5 (gồm 5 cục DTNN khu vực: Nam Tây Nguyên; Đông Nam Bộ; Cửu Long, Tây Nam Bộ)")[-1][-2:] == [
        "Cục DTNN khu vực Cửu Long", "Cục DTNN khu vực Tây Nam Bộ"]
    # counter-examples: a department and its body, a body and its larger one, a unit and its place
    for sentence, kept in [
        ("20 tập thể: Ủy ban MTTQ Việt Nam thành phố Hà Nội; Ban Tuyên giáo, Hội Liên hiệp Phụ nữ thành phố Hà Nội; "
         "UBND huyện Mê Linh.", "Ban Tuyên giáo, Hội Liên hiệp Phụ nữ thành phố Hà Nội"),
        ("Các tập thể gồm: Liên đoàn Địa chất Tây Bắc, Tổng cục Địa chất và Khoáng sản Việt Nam; Cục Quản lý tài nguyên "
         "nước.", "Liên đoàn Địa chất Tây Bắc, Tổng cục Địa chất và Khoáng sản Việt Nam"),
        ("10 tập thể gồm: Bệnh viện Bạch Mai; Công an huyện Việt Yên, Công an tỉnh Bắc Giang; Sở Y tế.",
         "Công an huyện Việt Yên, Công an tỉnh Bắc Giang"),
        ("Khen thưởng: Công an quận Long Biên, Hà Nội; Sở Y tế.", "Công an quận Long Biên, Hà Nội"),
        # a parent body's head after a unit of another head (parent_heads; review 2's sb-12, sb-19, sb-34, sb-35,
        # sb-46; dev chu-tich-nuoc-phong-tang-cac-danh-hieu-anh-hung, 11-tap-the-3-ca-nhan-thuoc-luc-luong-cong-an-…)
        ("Tặng Bằng khen cho: Bệnh viện Đa khoa tỉnh, Sở Y tế; Sở Tư pháp và Sở Nội vụ.", "Bệnh viện Đa khoa tỉnh, Sở Y tế"),
        ("Tặng Bằng khen cho: Bệnh viện Quân y 103, Học viện Quân y; Bệnh viện Trung ương Quân đội 108, Bộ Quốc phòng.",
         "Bệnh viện Quân y 103, Học viện Quân y"),
        ("Tặng Bằng khen cho: Nhà máy Xi măng Đồng Bành, Công ty Cổ phần Xi măng Lạng Sơn; Nhà máy Nhiệt điện Na Dương, "
         "Tổng công ty Điện lực TKV.", "Nhà máy Nhiệt điện Na Dương, Tổng công ty Điện lực TKV"),
        ("Bộ Quốc phòng tặng Bằng khen cho: Đồn Biên phòng Cốc Nam, Bộ Chỉ huy Bộ đội Biên phòng; Đồn Biên phòng Bảo "
         "Lâm, Bộ Chỉ huy Bộ đội Biên phòng.", "Đồn Biên phòng Cốc Nam, Bộ Chỉ huy Bộ đội Biên phòng"),
        # a name after a comma in two groups: the body both belong to (review 2's sb-13, sb-42; sample
        # theo-to-trinh-xet-de-nghi-…, dev chu-tich-ha-noi-khen-thuong-cong-an-…)
        ("Tặng Bằng khen cho: Viện Toán học, Viện Hàn lâm Khoa học và Công nghệ Việt Nam; Viện Vật lý, Viện Hàn lâm "
         "Khoa học và Công nghệ Việt Nam.", "Viện Vật lý, Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
        ("Tặng Bằng khen cho: Hạt Kiểm lâm huyện Cao Lộc, Chi cục Kiểm lâm; Hạt Kiểm lâm huyện Lộc Bình, Chi cục Kiểm "
         "lâm.", "Hạt Kiểm lâm huyện Lộc Bình, Chi cục Kiểm lâm"),
    ]:
        assert kept in items(sentence)[-1], sentence
    # a place's own authority and a union after it are siblings still (not a parent)
    assert items("Khối thi đua gồm: Ủy ban MTTQ, Liên đoàn Lao động; Hội Nông dân, Hội Cựu chiến binh và Hội Liên hiệp "
                 "Phụ nữ.")[-1] == ["Ủy ban MTTQ", "Liên đoàn Lao động", "Hội Nông dân", "Hội Cựu chiến binh",
                                    "Hội Liên hiệp Phụ nữ"]
