package cn.taxprocurement.manifests;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features our manifests use: resources
 * (files and other kustomizations), namespace, images, configMapGenerator without name hashes, and JSON 6902 patches
 * with a target. Anything else in a kustomization is refused, so that a manifest never relies on a feature this
 * rendering would silently skip.
 */
final class Kustomize {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Set<String> KNOWN = Set.of(
            "apiVersion",
            "kind",
            "namespace",
            "resources",
            "images",
            "patches",
            "configMapGenerator",
            "generatorOptions");

    private Kustomize() {}

    /** The typed objects the kustomization in {@code folder} renders to. */
    static List<HasMetadata> render(Path folder) {
        return documents(folder.toAbsolutePath().normalize()).stream()
                .map(Kustomize::typed)
                .toList();
    }

    /** Every YAML document of a manifest file, typed. */
    static List<HasMetadata> read(Path file) {
        return readDocuments(file).stream().map(Kustomize::typed).toList();
    }

    /** A Kubernetes object of a kind and apiVersion the model knows, refused when it would only be generic. */
    static HasMetadata typed(JsonNode document) {
        try {
            KubernetesResource resource =
                    SERIALIZATION.unmarshal(YAML.writeValueAsString(document), KubernetesResource.class);
            if (!(resource instanceof HasMetadata object) || resource instanceof GenericKubernetesResource) {
                throw new IllegalArgumentException("not a known Kubernetes kind: "
                        + document.path("apiVersion").asText() + " "
                        + document.path("kind").asText());
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> documents(Path folder) {
        JsonNode kustomization =
                readDocuments(folder.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!KNOWN.contains(field)) {
                throw new IllegalArgumentException(folder + ": kustomization field not rendered here: " + field);
            }
        });
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            documents.addAll(Files.isDirectory(path) ? documents(path) : readDocuments(path));
        }
        if (kustomization.has("configMapGenerator")) {
            if (!kustomization.at("/generatorOptions/disableNameSuffixHash").asBoolean()) {
                throw new IllegalArgumentException(folder + ": generated names with a hash are not rendered here");
            }
            for (JsonNode generator : kustomization.path("configMapGenerator")) {
                documents.add(configMap(folder, generator));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(folder, patch, documents);
        }
        for (JsonNode image : kustomization.path("images")) {
            documents.forEach(document -> setImage(document, image));
        }
        if (kustomization.has("namespace")) {
            documents.forEach(document -> ((ObjectNode) document.path("metadata"))
                    .put("namespace", kustomization.get("namespace").asText()));
        }
        return documents;
    }

    private static ObjectNode configMap(Path folder, JsonNode generator) {
        ObjectNode configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        configMap.putObject("metadata").put("name", generator.path("name").asText());
        ObjectNode data = configMap.putObject("data");
        for (JsonNode file : generator.path("files")) {
            String[] keyAndPath = file.asText().split("=", 2);
            String path = keyAndPath[keyAndPath.length - 1];
            String key = keyAndPath.length == 2
                    ? keyAndPath[0]
                    : Path.of(path).getFileName().toString();
            Path source = folder.resolve(path).normalize();
            if (!source.startsWith(folder)) {
                throw new IllegalArgumentException(folder + ": kustomize refuses files outside the folder: " + path);
            }
            data.put(key, readString(source));
        }
        for (JsonNode literal : generator.path("literals")) {
            String[] keyAndValue = literal.asText().split("=", 2);
            data.put(keyAndValue[0], keyAndValue[1]);
        }
        return configMap;
    }

    private static void applyPatch(Path folder, JsonNode patch, List<ObjectNode> documents) {
        if (patch.has("path") || !patch.has("target")) {
            throw new IllegalArgumentException(folder + ": only inline JSON 6902 patches with a target are rendered");
        }
        JsonNode target = patch.get("target");
        List<ObjectNode> targets = documents.stream()
                .filter(document -> document.path("kind")
                                .asText()
                                .equals(target.path("kind").asText())
                        && document.at("/metadata/name")
                                .asText()
                                .equals(target.path("name").asText()))
                .toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(folder + ": patch target not found: " + target);
        }
        JsonNode operations;
        try {
            operations = YAML.readTree(patch.path("patch").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ObjectNode document : targets) {
            for (JsonNode operation : operations) {
                apply(document, operation);
            }
        }
    }

    private static void apply(ObjectNode document, JsonNode operation) {
        JsonPointer path = JsonPointer.compile(operation.path("path").asText());
        JsonNode parent = document.at(path.head());
        String last = path.last().getMatchingProperty();
        String op = operation.path("op").asText();
        if (!(parent instanceof ContainerNode<?>)) {
            throw new IllegalArgumentException("no such path: " + path + " in " + document.at("/metadata/name"));
        }
        if (parent instanceof ObjectNode object) {
            if (!op.equals("add") && !object.has(last)) {
                throw new IllegalArgumentException("no such path: " + path);
            }
            switch (op) {
                case "add", "replace" -> object.set(last, operation.get("value"));
                case "remove" -> object.remove(last);
                default -> throw new IllegalArgumentException("patch operation not rendered here: " + op);
            }
        } else {
            ArrayNode array = (ArrayNode) parent;
            int index = last.equals("-") ? array.size() : Integer.parseInt(last);
            switch (op) {
                case "add" -> array.insert(index, operation.get("value"));
                case "replace" -> array.set(index, operation.get("value"));
                case "remove" -> array.remove(index);
                default -> throw new IllegalArgumentException("patch operation not rendered here: " + op);
            }
        }
    }

    private static void setImage(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            JsonNode current = node.get("image");
            String name = image.path("name").asText();
            if (current != null && current.isTextual() && node.has("name")) {
                String value = current.asText();
                if (value.equals(name) || value.startsWith(name + ":") || value.startsWith(name + "@")) {
                    String newName = image.path("newName").asText(name);
                    String tag =
                            image.has("newTag") ? ":" + image.get("newTag").asText() : value.substring(name.length());
                    ((ObjectNode) node).put("image", newName + tag);
                }
            }
            node.elements().forEachRemaining(child -> setImage(child, image));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> setImage(child, image));
        }
    }

    private static List<ObjectNode> readDocuments(Path file) {
        try (MappingIterator<ObjectNode> documents =
                YAML.readerFor(ObjectNode.class).readValues(file.toFile())) {
            List<ObjectNode> all = new ArrayList<>();
            for (Iterator<ObjectNode> it = documents; it.hasNext(); ) {
                ObjectNode document = it.next();
                if (document != null && !document.isEmpty()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
