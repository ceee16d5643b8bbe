package cn.taxprocurement.web;

import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.project.ProcurementMethod;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the project, batch and round forms and the names of procurement methods and notice types, in Chinese;
 * English is in messages/prj_en.properties. {prj:key}.
 */
@MessageBundle(value = "prj", locale = "zh-CN")
public interface ProjectMessages {
    @Message("{#when method}{#is OPEN_TENDER}公开招标{#is INVITED_TENDER}邀请招标{#is COMPETITIVE_NEGOTIATION}竞争性谈判"
            + "{#is COMPETITIVE_CONSULTATION}竞争性磋商{#is SINGLE_SOURCE}单一来源{#is REQUEST_FOR_QUOTATION}询价"
            + "{#is FRAMEWORK_AGREEMENT}框架协议{/when}")
    String method(ProcurementMethod method);

    @Message("{#when type}{#is INTENTION}采购意向{#is TENDER}采购公告{#is CORRECTION}更正公告{#is RESULT}中标（成交）结果公告"
            + "{#is FAILED}废标公告{#is TERMINATED}终止公告{#is SHORTLIST}入围结果公告{#is ORDER_RESULT}订单成交公告{/when}")
    String notice_type(NoticeType type);

    @Message("请选择品目")
    String pick_category();

    @Message("确认流标：项目结束，不能撤销")
    String fail_confirm();

    @Message("确认取消：项目结束，不能撤销")
    String cancel_confirm();

    @Message("确认关闭本轮入围采购，不能撤销")
    String round_close_confirm();

    @Message("由以下项目合并而成")
    String merged_from();

    @Message("已发布：{codes}")
    String batch_published(String codes);

    @Message("批次中已没有待发布的草稿项目。")
    String batch_nothing_to_publish();

    @Message("投标截止（北京时间）")
    String batch_deadline();
}
