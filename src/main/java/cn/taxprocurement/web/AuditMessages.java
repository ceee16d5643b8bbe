package cn.taxprocurement.web;

import cn.taxprocurement.audit.AuditAction;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The audit trail's words for actions and objects, in Chinese; English is in messages/aud_en.properties. {aud:key}. */
@MessageBundle(value = "aud", locale = "zh-CN")
public interface AuditMessages {
    @Message("{#when action}"
            + "{#is ACCESS_REFUSED}拒绝访问"
            + "{#is SIGNED_IN}登录"
            + "{#is REPORT_DOWNLOADED}下载报表"
            + "{#is CATEGORY_CREATED}新增品目"
            + "{#is VENDOR_REGISTERED}供应商注册"
            + "{#is VENDOR_APPROVED}供应商审核通过"
            + "{#is VENDOR_REJECTED}供应商审核驳回"
            + "{#is VENDOR_UPDATED}供应商修改企业信息"
            + "{#is ROUND_OPENED}开始入围采购"
            + "{#is ROUND_CLOSED}结束入围采购"
            + "{#is PRODUCT_SUBMITTED}提交产品"
            + "{#is PRODUCT_WITHDRAWN}撤回产品"
            + "{#is PRODUCT_APPROVED}产品审核通过"
            + "{#is PRODUCT_REJECTED}产品审核驳回"
            + "{#is DEMO_PRODUCTS_CREATED}载入演示产品"
            + "{#is CATALOG_IMPORT_QUEUED}上传产品目录"
            + "{#is CATALOG_IMPORT_CHUNK}写入一批导入产品"
            + "{#is CATALOG_IMPORT_SUCCEEDED}产品目录导入完成"
            + "{#is CATALOG_IMPORT_FAILED}产品目录导入失败"
            + "{#is PROJECT_CREATED}创建采购项目"
            + "{#is PROJECT_MERGED}合并采购项目"
            + "{#is PROJECT_PUBLISHED}发布采购项目"
            + "{#is PROJECT_AWARDED}定标"
            + "{#is PROJECT_FAILED}项目流标"
            + "{#is PROJECT_CANCELLED}取消采购项目"
            + "{#is BATCH_CREATED}创建采购批次"
            + "{#is BATCH_PUBLISHED}发布采购批次"
            + "{#is BID_PLACED}投标"
            + "{#is BID_REPLACED}修改投标"
            + "{#is PROJECT_INVITATIONS_SET}确定邀请供应商"
            + "{#is PROJECT_INTENTION_ANNOUNCED}公开采购意向"
            + "{#is PROJECT_EXTENDED}延长投标截止时间"
            + "{#is BIDS_OPENED}开标"
            + "{#is PROJECT_EVALUATED}评标"
            + "{#is PROJECT_RECORDED}登记采购结果"
            + "{#is PROJECT_CONFIRMED}确认采购结果"
            + "{#is ORDER_PLACED}下单"
            + "{#is ORDER_CONFIRMED}确认订单"
            + "{#is ORDER_DELIVERED}订单发货"
            + "{#is ORDER_DECLINED}拒绝订单"
            + "{#is ORDER_ACCEPTED}验收订单"
            + "{#is ORDER_CANCELLED}取消订单"
            + "{#is COMPETITION_STARTED}发起二次竞价"
            + "{#is COMPETITION_QUOTED}竞价报价"
            + "{#is COMPETITION_QUOTE_REPLACED}修改竞价报价"
            + "{#is COMPETITION_CLOSED}二次竞价成交"
            + "{#is COMPETITION_FAILED}二次竞价失败"
            + "{#is PRODUCT_SUSPENDED}暂停产品"
            + "{#is PRICE_CHANGE_PROPOSED}申请降价"
            + "{#is PRICE_CHANGE_APPROVED}降价审核通过"
            + "{#is PRICE_CHANGE_REJECTED}降价审核驳回"
            + "{#else}{action}{/when}")
    String action(AuditAction action);

    @Message("{#when type}"
            + "{#is 'Product'}产品"
            + "{#is 'PriceChange'}调价申请"
            + "{#is 'CatalogRound'}入围采购"
            + "{#is 'CatalogImport'}产品目录导入"
            + "{#is 'Vendor'}供应商"
            + "{#is 'Category'}品目"
            + "{#is 'Report'}报表"
            + "{#is 'User'}用户"
            + "{#is 'Order'}订单"
            + "{#is 'Competition'}二次竞价"
            + "{#is 'Project'}采购项目"
            + "{#is 'Batch'}采购批次"
            + "{#else}{type}{/when}")
    String entity(String type);

    @Message("{#when role}"
            + "{#is 'officer'}采购经办人"
            + "{#is 'vendor'}供应商"
            + "{#is 'manager'}管理者"
            + "{#is 'auditor'}审计"
            + "{#is 'system'}系统"
            + "{#else}{role}{/when}")
    String role(String role);

    @Message("全部操作")
    String any_action();

    @Message("全部对象")
    String any_entity();

    @Message("操作代码")
    String code();
}
