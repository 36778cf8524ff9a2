package org.sanyi.demo.internal;

/**
 * Fictional Chinese names: common surnames weighted roughly as in Fujian (陈, 林 and 黄
 * lead) and given names of one or two characters chosen by sex. Place names are two
 * characters from pools of landscape words, which is how most townships and villages in
 * the hills of western Fujian are named.
 */
final class ChineseNames {

	private static final String[] SURNAMES = { "陈", "林", "黄", "张", "吴", "李", "王", "郑", "刘", "杨", "许", "蔡", "谢", "罗",
			"曾", "邱", "叶", "周", "苏", "游", "詹", "赖", "江", "徐", "卢", "余", "朱", "何", "肖", "魏", "池", "邓", "廖", "范", "官",
			"傅", "温", "严", "欧阳", "上官" };

	private static final int[] SURNAME_WEIGHTS = { 110, 90, 60, 50, 42, 40, 38, 30, 28, 20, 14, 13, 13, 12, 12, 11, 11,
			10, 9, 8, 7, 8, 8, 8, 7, 7, 7, 7, 6, 6, 4, 6, 6, 5, 3, 5, 4, 4, 2, 1 };

	private static final String MALE = "伟强磊军勇杰涛斌超明辉华建国志文龙海峰平东鹏俊凯浩宇晨阳鑫毅彬锋健荣福清德振鸿坤";

	private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳慧莉萍红洁颖倩晶丹佳欣怡梅兰秀英珍凤琴蓉薇月思雨";

	private static final String SHARED = "晓小春嘉雅子诗梓一若";

	private static final String PLACE_FIRST = "岚溪龙凤桂松柏梅竹兰云石青翠金玉银洋坑坪塘湖峰岭源林田茶莲杉樟枫桐鹤雁鹿狮安宁和"
			+ "平顺泰福寿丰盛兴隆昌新古东南西北上下中大高长永白黄赤紫";

	private static final String PLACE_SECOND = "口坪坑溪峰岭洋源头田林山塘湖桥湾洲阳城亭埔厝墩岩泉谷坂垅际地";

	private static final String SHOP = "康民仁心惠民福康安泰益寿同善济生天和百草";

	private ChineseNames() {
	}

	/** A person's full name; {@code sex} is {@code 1} male or {@code 2} female. */
	static String person(Dice dice, String sex) {
		String surname = SURNAMES[dice.weighted(SURNAME_WEIGHTS)];
		String pool = "1".equals(sex) ? MALE : FEMALE;
		if (dice.chance(0.3)) {
			return surname + dice.pick(pool);
		}
		char first = dice.chance(0.3) ? dice.pick(SHARED) : dice.pick(pool);
		char second = dice.pick(pool);
		return second == first ? surname + first + dice.pick(pool) : surname + first + second;
	}

	/** Two characters of landscape: 岚口, 松坑, 龙洋. */
	static String place(Dice dice) {
		char first = dice.pick(PLACE_FIRST);
		char second = dice.pick(PLACE_SECOND);
		return first == second ? place(dice) : "" + first + second;
	}

	/** A pharmacy's trade name: 康民, 百草. */
	static String shop(Dice dice) {
		int i = dice.between(0, SHOP.length() / 2 - 1) * 2;
		return SHOP.substring(i, i + 2);
	}

}
