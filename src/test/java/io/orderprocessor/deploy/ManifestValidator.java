package io.orderprocessor.deploy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.util.ModelMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks rendered Kubernetes manifests offline: each object strictly against the API
 * schema of client-java's generated models (unknown kind, unknown field, wrong type,
 * missing required field are problems), and the house policy for every container (probes,
 * limits, non-root, read-only root file system).
 */
final class ManifestValidator {

	private static final Gson GSON = new Gson();

	private ManifestValidator() {
	}

	/**
	 * The objects of a multi-document YAML stream, in order (empty documents skipped).
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> documents(String yaml) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	/**
	 * Schema problems of every object, each prefixed with its kind and name; empty when
	 * valid.
	 */
	static List<String> schemaProblems(String yaml) {
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> document : documents(yaml)) {
			String apiVersion = String.valueOf(document.get("apiVersion"));
			String kind = String.valueOf(document.get("kind"));
			String where = kind + " " + name(document);
			Class<?> type = ModelMapper.getApiTypeClass(apiVersion, kind);
			// kinds client-java has no model for map to a dynamic object: not part of the
			// API
			if (type == null || !type.getPackageName().equals("io.kubernetes.client.openapi.models")) {
				problems.add(where + ": unknown kind " + apiVersion + "/" + kind);
				continue;
			}
			String json = GSON.toJson(document);
			try {
				Method validate = type.getMethod("validateJsonElement", JsonElement.class);
				validate.invoke(null, GSON.fromJson(json, JsonElement.class));
				type.getMethod("fromJson", String.class).invoke(null, json);
			}
			catch (InvocationTargetException ex) {
				problems.add(where + ": " + ex.getCause().getMessage());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return problems;
	}

	/** Policy problems of every container of every workload; empty when all comply. */
	static List<String> policyProblems(String yaml) throws IOException {
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> document : documents(yaml)) {
			Object template = podTemplate(document);
			if (template == null) {
				continue;
			}
			V1PodSpec pod = V1PodTemplateSpec.fromJson(GSON.toJson(template)).getSpec();
			boolean podNonRoot = pod.getSecurityContext() != null
					&& Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
			List<V1Container> containers = new ArrayList<>(pod.getContainers());
			if (pod.getInitContainers() != null) {
				containers.addAll(pod.getInitContainers());
			}
			for (V1Container container : containers) {
				String where = document.get("kind") + " " + name(document) + " container " + container.getName();
				if (container.getLivenessProbe() == null || container.getReadinessProbe() == null) {
					problems.add(where + ": needs a liveness and a readiness probe");
				}
				V1ResourceRequirements resources = container.getResources();
				if (resources == null || resources.getLimits() == null || !resources.getLimits().containsKey("cpu")
						|| !resources.getLimits().containsKey("memory") || resources.getRequests() == null) {
					problems.add(where + ": needs requests and cpu and memory limits");
				}
				V1SecurityContext security = container.getSecurityContext();
				boolean nonRoot = (security != null && security.getRunAsNonRoot() != null) ? security.getRunAsNonRoot()
						: podNonRoot;
				if (!nonRoot) {
					problems.add(where + ": needs runAsNonRoot: true");
				}
				if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
					problems.add(where + ": needs readOnlyRootFilesystem: true");
				}
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private static Object podTemplate(Map<String, Object> document) {
		String kind = String.valueOf(document.get("kind"));
		if (!List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job").contains(kind)) {
			return null;
		}
		Map<String, Object> spec = (Map<String, Object>) document.get("spec");
		return (spec != null) ? spec.get("template") : null;
	}

	@SuppressWarnings("unchecked")
	static String name(Map<String, Object> document) {
		Object metadata = document.get("metadata");
		return (metadata instanceof Map) ? String.valueOf(((Map<String, Object>) metadata).get("name")) : "?";
	}

}
