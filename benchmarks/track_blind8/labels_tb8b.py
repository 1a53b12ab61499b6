"""Hand labels of writer tb8b (pairs p11-p13): 民生实事 target lists against progress / completion notices."""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    ("p11", "浙江省温州市乐清市", "p11/plan.txt", 2022,
     ["p11/progress_2022_08.txt", "p11/completion_2022.txt"],
     ["http://www.yueqing.gov.cn/art/2022/9/22/art_1229416171_59210016.html",
      "http://bbs.21yq.com/forum.php?action=printable&mod=viewthread&tid=1183855"]),
    ("p12", "浙江省宁波市北仑区", "p12/plan.txt", 2024,
     ["p12/progress_2024_10.txt"],
     ["http://zqykt.mcfysy.com/art/2024/11/28/art_1229683142_59091935.html",
      "http://www.bl.gov.cn/art/2024/4/1/art_1229439031_4375408.html"]),
    ("p13", "浙江省宁波市海曙区", "p13/plan.txt", 2024,
     ["p13/progress_2024_06.txt"],
     ["https://www.haishu.gov.cn/art/2024/6/18/art_1229697490_58997014.html"]),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    # p11 乐清 2022
    ("p11", "1140个", "新增托位1140个", "p11/completion_2022.txt", "1155个", "新增托位1155个",
     1155, "个", "2022-12-31", "new childcare places achieved, year-end completion table"),
    ("p11", "685个", "普惠托位685个", "p11/completion_2022.txt", "1155个", "其中新增普惠托位1155个",
     1155, "个", "2022-12-31", "new inclusive (普惠) childcare places achieved; same figure as total, both stated"),
    ("p11", "60所", "吸收60所符合前置条件", "p11/progress_2022_08.txt", "60所", "公助园总数达到60所",
     60, "所", "2022-08-31", "actual progress column of the August table: 公助园 total reached"),
    # p12 北仑 2024
    ("p12", "9条", "打造最美上学路9条", "p12/progress_2024_10.txt", "9条", "9条最美上学路建设完成",
     9, "条", "2024-10-31", "10月完成情况: 9 safe school routes built"),
    ("p12", "10000套", "增加学生午休躺睡座椅10000套", "p12/progress_2024_10.txt", "10015套", "10015套已安装到位",
     10015, "套", "2024-10-31", "10月完成情况: nap chairs installed"),
    # p13 海曙 2024
    ("p13", "2公里", "完成惠民共富小流域整治2公里", "p13/progress_2024_06.txt", "2公里", "已完成惠民共富小流域整治2公里",
     2, "公里", "2024-06-18", "small-watershed regulation done; page dated 2024-06-18 without 截至 date"),
    ("p13", "17个", "建成投用现地监测预警设备17个", "p13/progress_2024_06.txt", "17个", "现地监测预警设备17个已建成投用",
     17, "个", "2024-06-18", "monitoring/early-warning devices in use"),
    ("p13", "15公里", "开工建设主干公路15公里", "p13/progress_2024_06.txt", "8公里", "228国道二期已开工建设8公里",
     8, "公里", "2024-06-18", "target is 开工 (start of construction) km; 8 km started on G228 phase II"),
    ("p13", "7公里", "新(改)建农村联网公路7公里", "p13/progress_2024_06.txt", "7.7公里", "新(改)建龙茶线7.7公里",
     7.7, "公里", "2024-06-18", "rural link road built, 已全部完成"),
    ("p13", "250个以上", "新增公共充电桩(枪)250个以上", "p13/progress_2024_06.txt", "367个", "新增367个充电桩(枪)",
     367, "个", "2024-06-18", "public charging piles added"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    # p11 progress
    ("p11", "p11/progress_2022_08.txt", "60所", "总数达60所", "8月计划进度 column (planned), not the actual progress"),
    ("p11", "p11/progress_2022_08.txt", "8所", "新吸收公助园8所", "increment of the month, not the total the target counts"),
    ("p11", "p11/progress_2022_08.txt", "126节(次)", "共126节(次)", "sub-total of the 5 cross-region primary pairs only"),
    ("p11", "p11/progress_2022_08.txt", "90节(次)", "师生交流等90节(次)", "sub-total of the 9 preschool/high-school pairs only"),
    ("p11", "p11/progress_2022_08.txt", "10所", "乐清的10所小而优乡村学校", "schools helped in 文成、永嘉 and 乐清: other places mixed in, not 创建 count"),
    ("p11", "p11/progress_2022_08.txt", "4所", "本市4所小而优学校", "schools whose pupils joined a summer camp, not the 创建 target"),
    ("p11", "p11/progress_2022_08.txt", "100%", "完成率达100%", "completion ratio"),
    # p11 completion
    ("p11", "p11/completion_2022.txt", "56.67%", "占比56.67%", "share of provincial projects over-fulfilled"),
    ("p11", "p11/completion_2022.txt", "49项", "温州市民生实事49项", "count of Wenzhou city projects (other level)"),
    ("p11", "p11/completion_2022.txt", "18.4公里", "新开工提标加固海塘18.4公里", "target name restated, no achieved figure"),
    ("p11", "p11/completion_2022.txt", "857户", "完成回迁安置857户以上", "target name restated, no achieved figure"),
    ("p11", "p11/completion_2022.txt", "1140个", "新增托位1140个", "target restated in the table's 项目内容 column"),
    # p12
    ("p12", "p12/progress_2024_10.txt", "5%", "累计完成总工程量的5%", "construction progress ratio of one school"),
    ("p12", "p12/progress_2024_10.txt", "15%", "累计完成总工程量的15%", "construction progress ratio of one school"),
    ("p12", "p12/progress_2024_10.txt", "20%", "完成工程进度20%", "construction progress ratio of one school"),
    ("p12", "p12/progress_2024_10.txt", "10000套", "增加学生午休躺睡座椅10000套", "target restated in 目标任务 column"),
    ("p12", "p12/progress_2024_10.txt", "8家", "医疗卫生机构8家", "target restated; no progress figure (page cut)"),
    # p13
    ("p13", "p13/progress_2024_06.txt", "20座", "山区单村水站改造提升已开工20座", "started, not finished (target is 改造提升20个)"),
    ("p13", "p13/progress_2024_06.txt", "90%", "气象路四处已完成90%", "progress ratio of four accident black spots"),
    ("p13", "p13/progress_2024_06.txt", "250个以上", "全年新增公共充电桩(枪)250个以上", "target restated"),
    ("p13", "p13/progress_2024_06.txt", "15公里", "开工建设主干公路15公里", "target restated"),
    ("p13", "p13/progress_2024_06.txt", "10%以上", "沿江强排能力提升10%以上", "target restated, no achieved figure"),
]
