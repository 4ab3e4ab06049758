//! The words of the forms: sectors (department, implementers, project names, indicator
//! templates), regions per bundled pack, people. Everything here is the generator's own data.

/// Which way an indicator's target counts.
#[derive(Clone, Copy, PartialEq)]
pub enum Dir {
    AtLeast,
    AtMost,
    Equal,
}

/// What an indicator measures.
pub enum Measure {
    /// A number: `lo..=hi` in units of 10^-places, written with `prefix` before and `unit` after.
    Quantity {
        dir: Dir,
        unit: &'static str,
        lo: i64,
        hi: i64,
        places: u32,
        prefix: &'static str,
    },
    /// A wording judged in tiers (达成 / 部分达成 / 未达成).
    Quality { target: &'static str },
}

pub struct Template {
    pub level2: &'static str,
    pub name: &'static str,
    pub measure: Measure,
}

pub struct Sector {
    pub department: &'static str,
    pub code: &'static str,
    pub implementers: &'static [&'static str],
    pub projects: &'static [&'static str],
    pub goal: &'static str,
    pub indicators: &'static [Template],
}

const fn qty(
    level2: &'static str,
    name: &'static str,
    dir: Dir,
    prefix: &'static str,
    (lo, hi, places): (i64, i64, u32),
    unit: &'static str,
) -> Template {
    Template {
        level2,
        name,
        measure: Measure::Quantity {
            dir,
            unit,
            lo,
            hi,
            places,
            prefix,
        },
    }
}

const fn qual(level2: &'static str, name: &'static str, target: &'static str) -> Template {
    Template {
        level2,
        name,
        measure: Measure::Quality { target },
    }
}

use Dir::*;

const SAT: &str = "服务对象满意度指标";

#[rustfmt::skip]
pub const SECTORS: &[Sector] = &[
    Sector {
        department: "人力资源和社会保障局",
        code: "077",
        implementers: &["养老保险中心", "社会保险事业中心", "就业服务中心"],
        projects: &["城乡居民养老金缴费补助", "城乡居民基础养老金补助", "就业创业补贴资金", "被征地农民养老保险补助"],
        goal: "按标准足额发放补助资金，提高城乡居民养老保障水平",
        indicators: &[
            qty("数量指标", "补助城乡居民养老保险", AtLeast, "每年", (5000, 15000, 2), "万人"),
            qty("数量指标", "发放补贴人次", AtLeast, "", (1200, 48000, 0), "人次"),
            qual("质量指标", "补助标准执行到位", "严格按照标准发放到位"),
            qty("质量指标", "发放准确率", AtLeast, "≥", (95, 100, 0), "%"),
            qual("时效指标", "资金拨付及时", "12月底前完成"),
            qty("成本指标", "补助资金总额", AtMost, "共", (50000, 300000, 2), "万元"),
            qual("社会效益指标", "对城乡居民养老的积极作用", "提高保障质量和水平"),
            qty("社会效益指标", "政策知晓率", AtLeast, "不低于", (85, 95, 0), "%"),
            qty(SAT, "参保群众满意度", AtLeast, "≥", (85, 95, 0), "%"),
        ],
    },
    Sector {
        department: "教育局",
        code: "121",
        implementers: &["第一中学", "实验小学", "学生资助管理中心", "教育事业发展中心"],
        projects: &["义务教育营养改善计划专项资金", "学前教育发展资金", "中小学校舍维修改造", "家庭经济困难学生资助"],
        goal: "改善学生营养状况和办学条件，保障家庭经济困难学生顺利完成学业",
        indicators: &[
            qty("数量指标", "受益学生人数", AtLeast, "", (300, 9000, 0), "人"),
            qty("数量指标", "校舍维修面积", AtLeast, "", (800, 12000, 0), "平方米"),
            qty("质量指标", "营养改善计划覆盖率", AtLeast, "≥", (95, 100, 0), "%"),
            qual("质量指标", "工程质量", "验收合格"),
            qual("时效指标", "资金到位及时", "按时拨付到位"),
            qty("成本指标", "生均补助标准", AtMost, "≤", (4, 6, 0), "元/天"),
            qty("成本指标", "生均补助标准达标率", Equal, "=", (100, 100, 0), "%"),
            qty("社会效益指标", "学生体质健康达标率", AtLeast, "≥", (85, 95, 0), "%"),
            qual("可持续影响指标", "促进学校教育事业健康发展", "长期有效"),
            qty(SAT, "家长满意度", AtLeast, "≥", (85, 95, 0), "%"),
            qty(SAT, "学生满意度", AtLeast, "≥", (85, 95, 0), "%"),
        ],
    },
    Sector {
        department: "水利局",
        code: "134",
        implementers: &["水利工程管理站", "水旱灾害防御中心", "农村饮水安全管理站"],
        projects: &["农村饮水安全巩固提升工程", "中小河流治理", "水旱灾害防御经费", "小型水库除险加固"],
        goal: "完成年度工程建设任务，保障农村群众饮水安全和防汛安全",
        indicators: &[
            qty("数量指标", "新建改造供水工程", AtLeast, "", (3, 40, 0), "处"),
            qty("数量指标", "治理河道长度", AtLeast, "", (250, 4800, 2), "公里"),
            qty("质量指标", "工程验收合格率", AtLeast, "≥", (95, 100, 0), "%"),
            qual("时效指标", "工程按期完工", "按期完工"),
            qty("成本指标", "工程建设成本", AtMost, "不超过", (20000, 900000, 2), "万元"),
            qty("社会效益指标", "受益人口", AtLeast, "", (120, 9500, 2), "万人"),
            qual("生态效益指标", "水土流失得到控制", "明显改善"),
            qty(SAT, "受益群众满意度", AtLeast, "≥", (85, 95, 0), "%"),
        ],
    },
    Sector {
        department: "农业农村局",
        code: "152",
        implementers: &["农业技术推广中心", "植保植检站", "农田建设服务中心"],
        projects: &["高标准农田建设", "农作物病虫害防治", "耕地地力保护补贴", "农机购置补贴"],
        goal: "建成高标准农田，提高粮食综合生产能力，减轻病虫害损失",
        indicators: &[
            qty("数量指标", "建设高标准农田面积", AtLeast, "", (5000, 80000, 0), "亩"),
            qty("数量指标", "病虫害防治面积", AtLeast, "", (120, 3600, 2), "万亩"),
            qty("质量指标", "项目验收合格率", AtLeast, "≥", (95, 100, 0), "%"),
            qual("时效指标", "补贴资金发放及时", "按时发放"),
            qty("成本指标", "亩均建设成本", AtMost, "≤", (1200, 3000, 0), "元/亩"),
            qty("经济效益指标", "亩均增产", AtLeast, "", (30, 120, 0), "公斤"),
            qual("社会效益指标", "粮食安全保障能力", "明显提升"),
            qty(SAT, "农户满意度", AtLeast, "≥", (85, 95, 0), "%"),
        ],
    },
    Sector {
        department: "卫生健康委员会",
        code: "167",
        implementers: &["疾病预防控制中心", "妇幼保健院", "卫生健康服务中心"],
        projects: &["基本公共卫生服务补助", "免费孕前优生健康检查", "重大传染病防控经费"],
        goal: "落实基本公共卫生服务项目，提高城乡居民健康水平",
        indicators: &[
            qty("数量指标", "建立居民电子健康档案", AtLeast, "", (500, 6500, 2), "万份"),
            qty("数量指标", "免费健康检查人数", AtLeast, "", (800, 26000, 0), "人"),
            qty("质量指标", "健康档案规范化建档率", AtLeast, "不低于", (80, 95, 0), "%"),
            qual("时效指标", "服务按年度完成", "年底前完成"),
            qty("成本指标", "人均补助标准", AtMost, "≤", (70, 90, 0), "元"),
            qty("社会效益指标", "居民健康素养水平", AtLeast, "≥", (20, 30, 0), "%"),
            qual("可持续影响指标", "公共卫生服务体系运行", "长期稳定运行"),
            qty(SAT, "服务对象满意度", AtLeast, "≥", (85, 95, 0), "%"),
        ],
    },
    Sector {
        department: "交通运输局",
        code: "183",
        implementers: &["公路管理段", "农村公路管理所", "交通运输事业发展中心"],
        projects: &["农村公路养护", "公路危桥改造", "农村客运站点建设"],
        goal: "完成农村公路养护和危桥改造任务，保障群众安全便捷出行",
        indicators: &[
            qty("数量指标", "养护农村公路里程", AtLeast, "", (8000, 150000, 2), "公里"),
            qty("数量指标", "改造危桥", AtLeast, "", (2, 30, 0), "座"),
            qty("质量指标", "优良中等路率", AtLeast, "≥", (75, 90, 0), "%"),
            qual("时效指标", "工程按计划完工", "按计划完工"),
            qty("成本指标", "每公里养护成本", AtMost, "≤", (120, 900, 2), "万元/公里"),
            qual("社会效益指标", "群众出行条件", "明显改善"),
            qty(SAT, "沿线群众满意度", AtLeast, "≥", (85, 95, 0), "%"),
        ],
    },
];

/// 晋中 2020 (53号 form, jinzhong-2020): the city itself (pack chosen by region) and its counties.
pub const JINZHONG_CITY: &str = "晋中市";
#[rustfmt::skip]
pub const JINZHONG_COUNTIES: &[&str] = &["榆次区", "太谷区", "祁县", "平遥县", "介休市", "灵石县", "寿阳县", "昔阳县", "和顺县", "左权县", "榆社县"];

/// Places with no regional pack (10号 form, national mof-2020 from 2019 on).
#[rustfmt::skip]
pub const NATIONAL: &[&str] = &[
    "天长市",
    "萧县",
    "永德县",
    "临翔区",
    "廊坊市",
    "中江县",
    "成安县",
    "大英县",
    "零陵区",
    "滁州市",
    "遂宁市",
    "德阳市",
    "邯郸市",
    "永州市",
    "赣州市",
    "九江市",
    "洛阳市",
    "开封市",
    "潍坊市",
    "淄博市",
];

/// 湖北 cities named in hubei-2022's `regions` (10号 form, from 2021 on).
pub const HUBEI: &[&str] = &[
    "黄石市",
    "宜昌市",
    "襄阳市",
    "荆州市",
    "孝感市",
    "十堰市",
    "咸宁市",
    "随州市",
];

#[rustfmt::skip]
pub const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "郭", "马", "罗", "梁", "闫", "于", "武", "乔", "段",
];
#[rustfmt::skip]
pub const GIVEN: &[&str] = &[
    "建华", "晓东", "丽娟", "志强", "海燕", "文博", "宝金", "小全", "蕾", "静", "伟", "敏", "立新",
    "春梅", "国庆", "红霞", "振宇", "雪梅", "明", "芳",
];
pub const TITLES: &[&str] = &["主任", "副主任", "科长", "副科长", "会计", "工程师"];

/// Why a unit says an indicator fell short (偏差原因分析及改进措施).
pub const SHORTFALL: &[&str] = &[
    "部分资金年底下达，项目延续至下年实施",
    "受天气影响工期延后，已督促施工单位加快进度",
    "实际受益人数少于申报人数，下年度据实申报",
    "部分工程尚在结算审核中",
];
