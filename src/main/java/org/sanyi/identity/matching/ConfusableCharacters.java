package org.sanyi.identity.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Characters of personal names that clerks and residents confuse. Two kinds of error
 * dominate Chinese registration data: a wrong candidate picked in the pinyin input method
 * (a homophone: 晓/小, 张/章) and a misread handwritten or printed form (a look-alike: 明/朋,
 * 千/干). Homophones are caught by comparing pinyin, so the matcher needs only the
 * look-alike table; the synthetic duplicate generator uses both.
 */
public final class ConfusableCharacters {

	/**
	 * Visually similar pairs seen in names (形近字); many also share a phonetic component.
	 */
	static final List<String> LOOK_ALIKE_PAIRS = List.of("明朋", "宇字", "千干", "天夭", "王玉", "军车", "国固", "兵乒", "平乎", "超起",
			"洁浩", "春秦", "日曰", "人入", "土士", "大太", "未末", "己已", "戊戌", "晴睛", "清请", "娟涓", "辉晖", "峰锋", "玲铃", "琳淋", "斌彬", "凤风",
			"杨扬", "伟纬", "刚钢", "瑜愉", "贝见", "候侯", "拔拨", "壮状");

	/** Given-name homophones (同音字), the typical wrong IME candidate. */
	static final List<String> GIVEN_NAME_HOMOPHONES = List.of("晓小", "志智", "伟玮", "丽莉", "军君", "华桦", "明鸣", "红宏", "芳方",
			"英瑛", "建健", "平萍", "玉钰", "静婧", "燕艳", "林琳", "峰锋", "杰洁", "斌彬", "辉晖", "霞侠", "梅玫", "兰岚", "云芸", "秀绣", "敏闽", "勇永",
			"涛滔", "刚钢", "婷庭", "磊蕾", "鹏朋", "宇雨", "娜纳", "东冬", "俊峻", "浩昊", "飞菲", "凯楷", "文雯", "慧惠", "佳嘉", "欣新", "颖莹", "玲铃",
			"琳淋");

	/**
	 * Surnames confused in speech and input: exact homophones (张/章, 王/汪, 李/黎, 徐/许) and
	 * the front/back nasal or flat/retroflex pairs of southern Mandarin (陈/程, 林/凌, 周/邹,
	 * 郑/曾).
	 */
	static final List<String> SURNAME_CONFUSIONS = List.of("张章", "王汪", "李黎", "陈程", "吴伍", "徐许", "周邹", "林凌", "杨阳", "刘柳",
			"郑曾", "肖萧", "江姜", "付傅", "纪季");

	private static final Map<Character, String> LOOK_ALIKES = index(LOOK_ALIKE_PAIRS);

	private static final Map<Character, String> HOMOPHONES = index(GIVEN_NAME_HOMOPHONES);

	private static final Map<Character, String> SURNAMES = index(SURNAME_CONFUSIONS);

	private ConfusableCharacters() {
	}

	public static boolean looksAlike(char a, char b) {
		String partners = LOOK_ALIKES.get(a);
		return partners != null && partners.indexOf(b) >= 0;
	}

	/** A look-alike of {@code c}, or {@code 0} when the table has none. */
	public static char lookAlikeOf(char c, int choice) {
		return pick(LOOK_ALIKES, c, choice);
	}

	/** A given-name homophone of {@code c}, or {@code 0} when the table has none. */
	public static char homophoneOf(char c, int choice) {
		return pick(HOMOPHONES, c, choice);
	}

	/** A surname confused with {@code surname}, or {@code 0} when the table has none. */
	public static char confusedSurnameOf(char surname, int choice) {
		return pick(SURNAMES, surname, choice);
	}

	private static char pick(Map<Character, String> table, char c, int choice) {
		String partners = table.get(c);
		return partners == null ? 0 : partners.charAt(Math.floorMod(choice, partners.length()));
	}

	private static Map<Character, String> index(List<String> pairs) {
		Map<Character, String> map = new HashMap<>();
		for (String pair : pairs) {
			map.merge(pair.charAt(0), String.valueOf(pair.charAt(1)), String::concat);
			map.merge(pair.charAt(1), String.valueOf(pair.charAt(0)), String::concat);
		}
		return Map.copyOf(map);
	}

}
