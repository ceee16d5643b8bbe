package cn.taxprocurement.web;

import cn.taxprocurement.catalog.CatalogSort;
import cn.taxprocurement.catalog.PriceChangeStatus;
import cn.taxprocurement.catalog.ProductStatus;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.catalogimport.ImportStatus;
import cn.taxprocurement.project.BidOutcome;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.vendor.VendorStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text the pages show, in Chinese; English is in messages/msg_en.properties. Templates use {msg:key}. */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Messages {
    @Message("zh-CN")
    String lang();

    @Message("税务采购网")
    String site();

    @Message("主导航")
    String nav();

    @Message("en")
    String other_lang();

    @Message("English")
    String other_lang_name();

    @Message("登录")
    String sign_in();

    @Message("退出")
    String sign_out();

    @Message("企业信息")
    String nav_company();

    @Message("我的产品")
    String nav_my_products();

    @Message("批量导入")
    String nav_imports();

    @Message("投标")
    String nav_bids();

    @Message("采购项目")
    String nav_projects();

    @Message("供应商审核")
    String nav_vendor_review();

    @Message("产品审核")
    String nav_product_review();

    @Message("报表")
    String nav_reports();

    @Message("操作日志")
    String nav_audit();

    @Message("{#when status}{#is 403}无权访问{#is 404}未找到{#is 409}当前状态不允许此操作{#is 400}请求无效{#else}出错了{/when}")
    String error_title(int status);

    @Message("{#when status}{#is 403}您的角色不能打开此页面。{#is 404}您要找的内容不存在或不属于您。"
            + "{#is 400}表单已过期或内容无效，请返回上一页刷新后重试。{#else}请稍后重试。{/when}")
    String error_detail(int status);

    @Message("返回首页")
    String back_home();

    @Message("首页")
    String home_title();

    @Message("税务采购网是税务机关信息化采购与入围产品目录的管理系统：采购经办人创建、发布采购项目，开标并记录成交；"
            + "供应商注册企业、提交入围产品、参与投标；管理者查看节约率与入围目录统计；审计人员核查不可篡改的操作日志。")
    String home_intro();

    @Message("角色")
    String home_role();

    @Message("可以做什么")
    String home_can();

    @Message("采购经办人")
    String role_officer();

    @Message("供应商")
    String role_vendor();

    @Message("管理者")
    String role_manager();

    @Message("审计")
    String role_auditor();

    @Message("采购项目、同类项目合并采购、同批项目同步采购、开标与成交、供应商与入围产品审核")
    String home_officer();

    @Message("企业注册、入围产品申报（逐条或 Excel 批量导入）、投标")
    String home_vendor();

    @Message("节约率与入围目录报表（Excel 下载）")
    String home_manager();

    @Message("操作日志与防篡改校验")
    String home_auditor();

    @Message("接口文档：")
    String home_api();

    @Message("节约情况")
    String dashboard_title();

    @Message("{year} 年度主要数据")
    String dashboard_headline(int year);

    @Message("{year} 年成交项目数")
    String dashboard_projects(int year);

    @Message("预算金额")
    String dashboard_budget();

    @Message("成交金额")
    String dashboard_awarded();

    @Message("节约率")
    String dashboard_rate();

    @Message("各年度节约率")
    String chart_by_year();

    @Message("{year} 年各品目节约率")
    String chart_by_category(int year);

    @Message("还没有成交的采购项目。")
    String dashboard_empty();

    @Message("企业信息")
    String company_title();

    @Message("注册贵公司后，经采购经办人审核通过即可申报入围产品和投标。")
    String company_intro();

    @Message("统一社会信用代码")
    String field_uscc();

    @Message("企业名称")
    String field_company_name();

    @Message("联系方式")
    String field_contact();

    @Message("联系人")
    String field_contact_name();

    @Message("联系电话")
    String field_contact_phone();

    @Message("电子邮箱")
    String field_email();

    @Message("状态")
    String field_status();

    @Message("注册")
    String company_register();

    @Message("校验位正确")
    String uscc_valid();

    @Message("{#when status}{#is PENDING}待审核{#is ACTIVE}已通过{#is REJECTED}已驳回{/when}")
    String vendor_status(VendorStatus status);

    @Message("请先注册企业信息。")
    String vendor_register_first();

    @Message("已提交产品 {model}，等待审核。")
    String product_added(String model);

    @Message("入围采购")
    String field_round();

    @Message("品目编码")
    String field_category();

    @Message("品牌")
    String field_brand();

    @Message("型号")
    String field_model();

    @Message("规格参数")
    String field_specs();

    @Message("单价（元）")
    String field_unit_price();

    @Message("驳回原因")
    String field_reject_reason();

    @Message(
            "{#when status}{#is SUBMITTED}待审核{#is APPROVED}已入围{#is REJECTED}已驳回{#is WITHDRAWN}已撤回{#is SUSPENDED}已暂停{/when}")
    String product_status(ProductStatus status);

    @Message("暂无")
    String none();

    @Message("申报产品")
    String product_add();

    @Message("提交")
    String product_submit();

    @Message("分页")
    String pager();

    @Message("上一页")
    String pager_previous();

    @Message("下一页")
    String pager_next();

    @Message("第 {page} 页，共 {total} 条")
    String pager_position(int page, String total);

    @Message("产品目录")
    String nav_catalog();

    @Message("浏览入围产品目录")
    String home_catalog();

    @Message("入围产品目录")
    String catalog_title();

    @Message("按品目、品牌和价格查找入围产品；勾选 2 到 4 个产品，可并排对比配置、价格和调价记录。")
    String catalog_intro();

    @Message("品目")
    String catalog_category();

    @Message("全部品目")
    String catalog_any_category();

    @Message("全部入围采购")
    String catalog_any_round();

    @Message("最低价（元）")
    String catalog_min_price();

    @Message("最高价（元）")
    String catalog_max_price();

    @Message("排序")
    String catalog_sort_label();

    @Message("{#when sort}{#is NEWEST}最新入围{#is PRICE}价格从低到高{#is PRICE_DESCENDING}价格从高到低{/when}")
    String catalog_sort(CatalogSort sort);

    @Message("查找")
    String catalog_search();

    @Message("共找到 {total} 个产品")
    String catalog_total(String total);

    @Message("没有符合条件的入围产品。")
    String catalog_none();

    @Message("对比")
    String catalog_compare_column();

    @Message("选择 {brand} {model} 进行对比")
    String catalog_pick(String brand, String model);

    @Message("对比所选")
    String catalog_compare_button();

    @Message("一次可对比 2 到 4 个产品。")
    String catalog_compare_hint();

    @Message("操作")
    String catalog_actions();

    @Message("产品对比")
    String compare_title();

    @Message("对比项")
    String compare_item();

    @Message("返回入围产品目录")
    String compare_back();

    @Message("直接选定下单")
    String order_direct();

    @Message("发起二次竞价")
    String competition_start();

    @Message("这些产品同属一个品目，来自 {vendors} 家供应商，可以发起二次竞价。")
    String competition_possible(long vendors);

    @Message("发起二次竞价需要同一品目下至少 3 家供应商的产品。")
    String competition_needs();

    @Message("价格记录")
    String price_history();

    @Message("暂无价格记录")
    String price_history_none();

    @Message("不向其他供应商显示")
    String price_history_hidden();

    @Message("生效时间（北京时间）")
    String price_effective_from();

    @Message("批准人")
    String price_approved_by();

    @Message("下载模板")
    String import_templates();

    @Message("{year} 年「{name}」产品目录模板（.xlsx）")
    String import_template_of(int year, String name);

    @Message("上传产品目录")
    String import_upload();

    @Message("Excel 文件（.xlsx）")
    String field_file();

    @Message("开始导入")
    String import_start();

    @Message("导入记录")
    String import_history();

    @Message("时间")
    String field_time();

    @Message("已导入")
    String import_accepted();

    @Message("未通过")
    String import_rejected();

    @Message("{#when status}{#is QUEUED}排队中{#is RUNNING}导入中{#is SUCCEEDED}已完成{#is FAILED}失败{/when}")
    String import_status(ImportStatus status);

    @Message("导入 {file}")
    String import_title(String file);

    @Message("返回导入记录")
    String import_back();

    @Message("已处理 {processed} / {total} 行：导入 {accepted} 行，未通过 {rejected} 行")
    String import_progress(int processed, int total, int accepted, int rejected);

    @Message("导入进度")
    String import_progress_label();

    @Message("未通过的行")
    String import_errors();

    @Message("下载未通过的行（Excel，含错误说明）")
    String import_error_workbook();

    @Message("行")
    String import_row();

    @Message("列")
    String import_column();

    @Message("问题")
    String import_message();

    @Message("全部行都已导入，等待审核。")
    String import_all_accepted();

    @Message("{#when status}{#is DRAFT}草稿{#is PUBLISHED}已发布{#is AWARDED}已成交{#is FAILED}流标"
            + "{#is MERGED}已合并{#is CANCELLED}已取消{#is RECORDED}已登记待确认{/when}")
    String project_status(ProjectStatus status);

    @Message("已处理 {changed} 条。")
    String review_done(int changed);

    @Message("筛选")
    String filter();

    @Message("审核")
    String review_action();

    @Message("通过")
    String review_approve();

    @Message("驳回")
    String review_reject();

    @Message("供应商")
    String field_vendor();

    @Message("品牌、型号或规格")
    String review_search();

    @Message("选择 {model}")
    String review_pick(String model);

    @Message("通过所选")
    String review_approve_picked();

    @Message("驳回所选")
    String review_reject_picked();

    @Message("新建采购项目")
    String project_new();

    @Message("创建")
    String project_create();

    @Message("年度")
    String field_year();

    @Message("全部")
    String any();

    @Message("采购方式")
    String field_method();

    @Message("项目编号")
    String field_code();

    @Message("项目名称")
    String field_title();

    @Message("预算金额（元）")
    String field_budget();

    @Message("合并")
    String merge_pick();

    @Message("选择 {code} 合并")
    String merge_pick_one(String code);

    @Message("合并所选草稿项目")
    String merge_title();

    @Message("合并后的项目名称")
    String merge_new_title();

    @Message("合并采购")
    String merge_submit();

    @Message("投标截止时间（北京时间）")
    String field_deadline();

    @Message("投标截止时间（北京时间）")
    String field_deadline_beijing();

    @Message("原因")
    String field_reason();

    @Message("创建人")
    String field_created_by();

    @Message("成交确认人")
    String field_awarded_by();

    @Message("成交金额（元）")
    String field_awarded_amount();

    @Message("发布")
    String project_publish();

    @Message("确定成交")
    String project_award();

    @Message("流标")
    String project_fail();

    @Message("取消项目")
    String project_cancel();

    @Message("内控要求：创建项目的经办人不能确定成交，请由另一位经办人办理。")
    String project_creator_cannot_award();

    @Message("{year} 年度报表")
    String reports_title(int year);

    @Message("节约率")
    String reports_savings();

    @Message("成交项目数")
    String reports_projects();

    @Message("节约资金")
    String reports_saved();

    @Message("下载节约率报表（Excel）")
    String reports_download_savings();

    @Message("按品目")
    String reports_by_category();

    @Message("入围目录")
    String reports_catalog();

    @Message("品目数")
    String reports_categories();

    @Message("入围供应商")
    String reports_vendors();

    @Message("入围产品")
    String reports_products();

    @Message("品牌数")
    String reports_brands();

    @Message("比上年")
    String reports_growth();

    @Message("下载入围目录报表（Excel）")
    String reports_download_catalog();

    @Message("校验通过：{checked} 条操作日志完整，未被篡改。")
    String audit_valid(long checked);

    @Message("校验失败：第 {id} 条操作日志被篡改或删除（此前 {checked} 条完整）。")
    String audit_broken(long checked, Long id);

    @Message("校验日志链")
    String audit_verify();

    @Message("操作人")
    String audit_actor();

    @Message("对象")
    String audit_entity();

    @Message("操作")
    String audit_action();

    @Message("起始日期")
    String audit_from();

    @Message("截止日期")
    String audit_to();

    @Message("内容")
    String audit_summary();

    @Message("来源地址")
    String audit_ip();

    @Message("投标金额在截止时间前密封，任何人（包括采购经办人）都看不到；您只看得到自己的投标。")
    String bids_sealed();

    @Message("剩余时间")
    String bids_left();

    @Message("我的投标")
    String bids_mine();

    @Message("投标")
    String bids_place();

    @Message("投标金额（元）")
    String bids_amount();

    @Message("提交投标")
    String bids_submit();

    @Message("更新投标")
    String bids_replace();

    @Message("DD 天 HH 小时 MM 分 SS 秒")
    String bids_countdown();

    @Message("已截止")
    String bids_closed();

    @Message("成交供应商")
    String field_awarded_vendor();

    @Message("入围采购")
    String nav_rounds();

    @Message("采购批次")
    String nav_batches();

    @Message("已完成：{name}")
    String rounds_done(String name);

    @Message("名称")
    String rounds_name();

    @Message("品目")
    String rounds_categories();

    @Message("本轮入围的品目")
    String rounds_categories_input();

    @Message("截止")
    String rounds_close();

    @Message("开始入围采购")
    String rounds_open();

    @Message("同批项目同步采购：建立批次，新建项目时填写批次编号，然后一次发布批次中的全部草稿项目。")
    String batches_intro();

    @Message("批次编号")
    String batches_number();

    @Message("打开")
    String batches_open_one();

    @Message("新建批次")
    String batches_new();

    @Message("批次名称")
    String batches_name();

    @Message("创建批次")
    String batches_create();

    @Message("新建采购项目时填写批次编号 {id} 即加入本批次。")
    String batches_add_hint(long id);

    @Message("同步发布本批次全部草稿项目")
    String batches_publish();

    @Message("批次编号（可选）")
    String field_batch();

    @Message("{#when status}{#is OPEN}进行中{#is CLOSED}已截止{/when}")
    String round_status(RoundStatus status);

    @Message("评标方法")
    String field_evaluation_method();

    @Message("{#when method}{#is LOWEST_PRICE}最低评标价法{#is COMPREHENSIVE_SCORE}综合评分法{/when}")
    String evaluation_method(EvaluationMethod method);

    @Message("价格权重（10–100，仅综合评分法）")
    String field_price_weight();

    @Message("价格权重")
    String field_price_weight_short();

    @Message("法定等标期")
    String field_waiting_period();

    @Message("{#if workingDays > 0}{workingDays} 个工作日{#else if days > 0}{days} 天{#else}{seconds} 秒{/if}")
    String waiting_period(int workingDays, long days, long seconds);

    @Message("采购意向公开时间")
    String field_intention_at();

    @Message("邀请的供应商")
    String field_invited();

    @Message("定标理由")
    String field_award_reason();

    @Message("合同或公告编号")
    String field_reference();

    @Message("登记人")
    String field_recorded_by();

    @Message("确认人")
    String field_confirmed_by();

    @Message("开标记录")
    String opening_title();

    @Message("{by} 于 {at} 开标")
    String opening_by(String by, String at);

    @Message("投标时间")
    String opening_submitted();

    @Message("有效性")
    String opening_valid();

    @Message("有效")
    String opening_is_valid();

    @Message("无效")
    String opening_is_invalid();

    @Message("有效投标 {count} 份")
    String opening_valid_count(int count);

    @Message("评标排名")
    String ranking_title();

    @Message("名次")
    String ranking_rank();

    @Message("价格分")
    String ranking_price_score();

    @Message("其他评分")
    String ranking_other_score();

    @Message("总分")
    String ranking_total_score();

    @Message("邀请供应商")
    String project_invite();

    @Message("计划采购月份")
    String field_planned_month();

    @Message("采购需求概况")
    String field_summary();

    @Message("公开采购意向")
    String project_announce();

    @Message("延长后的投标截止时间（北京时间）")
    String field_new_deadline();

    @Message("延长投标截止时间")
    String project_extend();

    @Message("开标")
    String project_open_bids();

    @Message("保存评分")
    String project_evaluate();

    @Message("中标投标（按评标排名）")
    String award_pick();

    @Message("第 {rank} 名 {vendor}，报价 {amount}")
    String award_option(int rank, String vendor, String amount);

    @Message("定标理由（选择非第一名时必填，至少 10 个字）")
    String field_award_reason_hint();

    @Message("确认登记的采购结果")
    String project_confirm();

    @Message("邀请招标等需要邀请供应商的项目，创建后在项目页面邀请供应商。")
    String project_invite_later();

    @Message("登记采购结果")
    String record_new();

    @Message("登记在本网之外完成的采购：须由另一位经办人确认后才计入报表。")
    String record_intro();

    @Message("成交时间（北京时间）")
    String field_awarded_at();

    @Message("登记")
    String record_submit();

    @Message("我的投标记录")
    String bids_my_title();

    @Message("结果")
    String field_outcome();

    @Message("{#when outcome}{#is PENDING}未定{#is WON}中标{#is LOST}未中标{#is FAILED}流标或终止{/when}")
    String bid_outcome(BidOutcome outcome);

    @Message("全部批次")
    String batches_list();

    @Message("项目数")
    String batches_projects();

    @Message("信息公开")
    String notices_title();

    @Message("订阅公告（Atom）")
    String notices_feed();

    @Message("关键词")
    String notices_words();

    @Message("项目编号、名称或供应商")
    String notices_words_hint();

    @Message("公告类型")
    String notices_type();

    @Message("全部类型")
    String notices_all_types();

    @Message("公告标题")
    String notices_title_column();

    @Message("编号")
    String notices_code();

    @Message("发布时间")
    String notices_published();

    @Message("返回公告列表")
    String notices_back();

    @Message("北京时间")
    String beijing_time();

    @Message("采购单位")
    String notice_unit();

    @Message("项目编号")
    String notice_project_code();

    @Message("项目名称")
    String notice_project_title();

    @Message("预算金额")
    String notice_budget();

    @Message("采购方式")
    String notice_method();

    @Message("评审方法")
    String notice_evaluation();

    @Message("原投标截止时间")
    String notice_previous_deadline();

    @Message("投标截止时间")
    String notice_deadline();

    @Message("中标（成交）供应商")
    String notice_vendor();

    @Message("统一社会信用代码")
    String notice_uscc();

    @Message("中标（成交）金额")
    String notice_amount();

    @Message("原因")
    String notice_reason();

    @Message("入围供应商")
    String notice_admitted();

    @Message("入围产品")
    String notice_products();

    @Message("发布单位：{unit}")
    String notice_publisher(String unit);

    @Message("最新公告")
    String home_latest_notices();

    @Message("全部公告")
    String home_all_notices();

    @Message("价格检查")
    String price_check();

    @Message("同类中位价")
    String price_peer_median();

    @Message("比值")
    String price_ratio();

    @Message("价格异常")
    String price_flagged();

    @Message("正常")
    String price_normal();

    @Message("无可比产品")
    String price_no_peers();

    @Message("只看价格异常")
    String review_only_flagged();

    @Message("通过原因（价格异常的产品必填）")
    String review_approve_reason();

    @Message("确定驳回所选的全部产品吗？")
    String review_reject_confirm();

    @Message("调价审核")
    String nav_price_changes();

    @Message("原单价")
    String field_old_price();

    @Message("新单价")
    String field_new_price();

    @Message("降价原因")
    String field_change_reason();

    @Message("申请时间")
    String field_proposed_at();

    @Message("批准")
    String price_change_approve();

    @Message("驳回")
    String price_change_reject();

    @Message("申请降价")
    String price_cut_ask();

    @Message("降价申请已提交，等待审核。")
    String price_cut_submitted();

    @Message("降价待审核")
    String price_cut_pending();

    @Message("{#when status}{#is PENDING}待审核{#is APPROVED}已批准{#is REJECTED}已驳回{/when}")
    String price_change_status(PriceChangeStatus status);
}
