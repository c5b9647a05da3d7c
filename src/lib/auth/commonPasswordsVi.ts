/**
 * Passwords common in Vietnam and in this kind of office, which the international list misses
 * (Vietnamese words without diacritics, "@" and year suffixes, the site's own words). Matched
 * like the international list: case ignored, and again with only letters and digits kept, so
 * "Matkhau@123" is "matkhau123". Shorter ones are refused by length anyway; they are listed so
 * the list says what it is.
 */
export const COMMON_PASSWORDS_VI = [
  'matkhau', 'matkhau1', 'matkhau12', 'matkhau123', 'matkhau1234', 'matkhau12345', 'matkhau123456', 'matkhaumoi', 'matkhaumoi123',
  '123456a@', '123456a', '123456aa', '123456aA@', 'aa123456', 'aa123456@', 'a123456@', 'a12345678', 'aa12345678',
  'abc@123', 'abc@1234', 'abc@12345', 'abc@123456', 'abc12345', 'abc123456', 'abc1234567', 'abcd@1234', 'abcd1234', 'abcd12345', 'abcd123456',
  'admin@123', 'admin@1234', 'admin@12345', 'admin123456', 'admin12345', 'administrator1', 'quantri', 'quantri123', 'quantri@123', 'quantri12345', 'quantrivien1',
  'vietnam', 'vietnam1', 'vietnam123', 'vietnam1234', 'vietnam12345', 'vietnam@123', 'vietnamvodich', 'vietnamvodich1',
  'anhyeuem', 'anhyeuem1', 'anhyeuem123', 'anhyeuem1234', 'emyeuanh', 'emyeuanh1', 'emyeuanh123', 'yeuem123', 'yeuanh123', 'tinhyeu123', 'anhyeuemnhieu1',
  'hanoi123', 'hanoi12345', 'saigon123', 'saigon12345', 'hochiminh', 'hochiminh1', 'hochiminh123', 'hochiminh1890', 'bacho1890', 'haiphong123', 'danang123',
  'dangcongsan', 'dangcongsan1', 'dangcongsan123', 'dangcongsan1930', 'congsan1930', 'dangvien123', 'doanvien123',
  'danvan', 'danvan123', 'danvan1234', 'danvan12345', 'danvan@123', 'bandanvan', 'bandanvan123', 'danvankheo', 'danvankheo1', 'danvankheo123',
  'tuyengiao123', 'tinhuy123', 'thanhuy123', 'huyenuy123',
  'cuocsong123', 'hanhphuc123', 'giadinh123', 'thanhcong123', 'conyeu123', 'mekhoe123', 'tuoitre123', 'hoctap123',
  'qwerty@123', 'qwerty123456', 'password@123', 'p@ssw0rd', 'p@ssw0rd123', 'p@ssword123', 'pass@123', 'pass@1234', 'passw0rd123',
  'a1234567890', 'abc123456789', 'zxcvbnm123', 'asdfghjkl123', '1234567890a', '123456789abc', 'a1b2c3d4e5', 'aa123456789',
  ...['matkhau', 'danvan', 'vietnam', 'admin', 'quantri', 'hanoi', 'saigon', 'password', 'abc', 'abcd', 'qwerty'].flatMap((word) =>
    Array.from({ length: 2035 - 2015 + 1 }, (_, i) => `${word}${2015 + i}`),
  ),
]
