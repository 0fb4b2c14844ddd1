package cn.qingdao.hrss.jiuye.generate;

import java.util.Random;

/** Realistic Chinese personal and business names for the sample submissions (rules §3.2–3.4). */
final class Names {

    private static final String SURNAMES = "王王王李李李张张张刘刘刘孙孙杨杨徐徐赵赵于于高高陈周吴胡朱林何郭马罗梁宋郑谢韩唐冯"
            + "董曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范方石姚谭邹金陆郝孔白崔康毛邱秦江史顾侯邵孟"
            + "龙段雷钱汤尹常武乔贺隋逄臧宫衣鞠矫栾";
    private static final String MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林晨阳峰志昊博文斌庆成海东海滨浩然"
            + "子轩一鸣家豪振国建华立新泽宇";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪琳颖倩慧莉欣怡萍红梅晶悦璐佳蕾洁琪晓彤雨萱梦瑶诗涵欣然嘉怡雅琴";
    private static final String[] WORDS = {"海润", "蓝海", "鑫源", "泰和", "瑞丰", "金沙", "鼎盛", "启航", "华创", "博远",
            "海晟", "云帆", "青禾", "嘉禾", "恒信", "明德", "万象", "星辰", "润泽", "崂润", "琴岛", "海之韵", "胶东", "东方",
            "德润", "宏达", "众诚", "新航", "汇丰源", "鲁青"};
    private static final String[] INDUSTRIES = {"科技", "商贸", "餐饮管理", "信息技术", "文化传媒", "电子商务", "物流",
            "建筑装饰", "教育咨询", "食品", "机械设备", "网络科技", "家政服务", "健康管理", "海洋生物", "供应链管理"};
    private static final String[] SHOPS = {"便利店", "水饺馆", "烧烤店", "理发店", "五金店", "海鲜排档", "水果店", "早餐店",
            "服装店", "汽车维修部", "手机维修店", "花店", "面馆", "小吃店", "干洗店", "文具店", "茶叶店", "蔬菜店"};
    private static final String[] SOCIAL = {"社会工作服务中心", "养老服务中心", "青少年活动中心", "志愿服务协会",
            "职业培训学校", "社区服务中心"};
    private static final String[] OTHER = {"集团有限公司", "股份有限公司", "医院", "实业有限公司", "置业有限公司"};

    private Names() {
    }

    static String person(Random rnd, boolean male) {
        String surname = String.valueOf(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
        String pool = male ? MALE : FEMALE;
        StringBuilder given = new StringBuilder();
        int length = rnd.nextInt(100) < 35 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            given.append(pool.charAt(rnd.nextInt(pool.length())));
        }
        return surname + given;
    }

    static String enterprise(Random rnd) {
        return "青岛" + pick(rnd, WORDS) + pick(rnd, INDUSTRIES) + "有限公司";
    }

    static String individualBusiness(Random rnd, String districtName, String ownerName) {
        String place = districtName.replaceAll("（.*）", "");
        return place + ownerName.charAt(0) + "记" + pick(rnd, SHOPS);
    }

    static String socialOrganisation(Random rnd, String districtName) {
        return "青岛市" + districtName.replaceAll("（.*）", "") + pick(rnd, WORDS) + pick(rnd, SOCIAL);
    }

    static String otherEmployer(Random rnd) {
        return "青岛" + pick(rnd, WORDS) + pick(rnd, OTHER);
    }

    private static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
