package cn.taxprocurement.opendata;

import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeView;
import cn.taxprocurement.security.BuyingUnitConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The notices as Open Contracting Data Standard 1.1 open data: one release per notice, grouped into contracting
 * processes (a project, an order, a shortlist round) whose record compiles their releases with OCDS's merge rules.
 */
@ApplicationScoped
public class OpenContracting {
    private static final String VERSION = "1.1";
    private static final String ROUND_PROCESS = "SHORTLIST-";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    NoticeBoard notices;

    @Inject
    OcdsConfig config;

    // Projects are bought centrally: the default unit buys them and publishes the open data.
    @Inject
    BuyingUnitConfig units;

    /** A release package of one page of the year's notices, oldest first. */
    public ObjectNode releases(int year, PageRequest page, URI uri) {
        ObjectNode releasePackage = packageOf(uri);
        ArrayNode releases = releasePackage.putArray("releases");
        notices.ofYear(year, page).items().forEach(notice -> releases.add(release(notice)));
        return releasePackage;
    }

    /** The record package of one contracting process: all its releases and the release compiled from them. */
    public ObjectNode record(String ocid, URI uri) {
        List<NoticeView> ofProcess = noticesOf(ocid);
        if (ofProcess.isEmpty()) {
            throw new Refusal(RefusalCode.PROCESS_NOT_FOUND, ocid);
        }
        ObjectNode recordPackage = packageOf(uri);
        ObjectNode record = recordPackage.putArray("records").addObject();
        record.put("ocid", ocid);
        ArrayNode releases = record.putArray("releases");
        ofProcess.forEach(notice -> releases.add(release(notice)));
        record.set("compiledRelease", compiled(ocid, releases));
        return recordPackage;
    }

    private List<NoticeView> noticesOf(String ocid) {
        String prefix = config.ocidPrefix() + "-";
        if (!ocid.startsWith(prefix) || ocid.length() == prefix.length()) {
            return List.of();
        }
        String process = ocid.substring(prefix.length());
        if (process.startsWith(ROUND_PROCESS)) {
            try {
                return notices.ofProcess(null, null, Long.valueOf(process.substring(ROUND_PROCESS.length())));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        List<NoticeView> ofProject = notices.ofProcess(process, null, null);
        return ofProject.isEmpty() ? notices.ofProcess(null, process, null) : ofProject;
    }

    private ObjectNode release(NoticeView notice) {
        String process = notice.projectCode() != null
                ? notice.projectCode()
                : notice.orderCode() != null ? notice.orderCode() : ROUND_PROCESS + notice.roundId();
        return OcdsRelease.of(notice, config.ocidPrefix() + "-" + process, process, units.defaultUnit());
    }

    private ObjectNode packageOf(URI uri) {
        ObjectNode pack = JSON.objectNode();
        pack.put("uri", uri.toString());
        pack.put("version", VERSION);
        pack.put("publishedDate", OcdsRelease.dateTime(OffsetDateTime.now()));
        pack.putObject("publisher").put("name", units.defaultUnit());
        return pack;
    }

    /** The process as it stands after its latest release, merged release by release as OCDS's merge rules say. */
    private static ObjectNode compiled(String ocid, ArrayNode releases) {
        ObjectNode compiled = JSON.objectNode();
        releases.forEach(release -> merge(compiled, (ObjectNode) release));
        compiled.put("id", ocid + "-compiled");
        compiled.putArray("tag").add("compiled");
        return compiled;
    }

    // Objects merge field by field; arrays of objects with ids merge by id; any other value is replaced.
    private static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = into.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject() && current instanceof ObjectNode object) {
                merge(object, (ObjectNode) value);
            } else if (identified(value) && identified(current)) {
                mergeById((ArrayNode) current, (ArrayNode) value);
            } else {
                into.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeById(ArrayNode into, ArrayNode from) {
        for (JsonNode item : from) {
            ObjectNode existing = null;
            for (JsonNode candidate : into) {
                if (candidate.get("id").equals(item.get("id"))) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                into.add(item.deepCopy());
            } else {
                merge(existing, (ObjectNode) item);
            }
        }
    }

    private static boolean identified(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isObject() || !item.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }
}
