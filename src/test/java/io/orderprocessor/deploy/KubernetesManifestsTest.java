package io.orderprocessor.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every k8s/ overlay renders with {@code kubectl kustomize}, every rendered object is
 * valid against the Kubernetes API schema, and every container follows the policy.
 * Without kubectl the rendering tests are skipped with a message, unless
 * REQUIRE_KUBECTL=1 (set by .ci/run), which makes a missing kubectl a failure. The
 * negative tests need no kubectl.
 */
class KubernetesManifestsTest {

	private static final Path K8S = Path.of("k8s");

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod", "aws" })
	void overlayRendersAndEveryObjectIsValidAndCompliant(String overlay) throws Exception {
		String rendered = kustomize(K8S.resolve("overlays").resolve(overlay));
		assertThat(ManifestValidator.schemaProblems(rendered)).isEmpty();
		assertThat(ManifestValidator.policyProblems(rendered)).isEmpty();
		List<Map<String, Object>> objects = ManifestValidator.documents(rendered);
		assertThat(objects).extracting(o -> o.get("kind"))
			.contains("Deployment", "Service", "Ingress", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget",
					"NetworkPolicy", "ServiceAccount");
		Map<String, Object> deployment = object(objects, "Deployment", "order-processor");
		assertThat((Integer) map(deployment, "spec").get("replicas")).isGreaterThanOrEqualTo(2);
		switch (overlay) {
			case "dev" -> assertThat(objects).extracting(ManifestValidator::name).contains("postgres", "redis");
			case "prod" -> assertThat(objects).extracting(o -> o.get("kind")).doesNotContain("Secret", "StatefulSet");
			case "aws" -> {
				assertThat(map(object(objects, "ServiceAccount", "order-processor"), "metadata").get("annotations"))
					.asString()
					.contains("eks.amazonaws.com/role-arn");
				assertThat(map(object(objects, "ConfigMap", "order-processor-config"), "data"))
					.containsEntry("APP_STORE", "dynamodb")
					.doesNotContainKey("SPRING_DATASOURCE_URL");
			}
			default -> fail("unknown overlay " + overlay);
		}
	}

	@Test
	void secretTemplateIsAValidSecretWithNoValues() throws IOException {
		String template = Files.readString(K8S.resolve("secret.template.yaml"));
		assertThat(ManifestValidator.schemaProblems(template)).isEmpty();
		assertThat(map(ManifestValidator.documents(template).get(0), "stringData").values()).allMatch(""::equals);
	}

	@Test
	void gracefulShutdownFitsTheTerminationGrace() throws Exception {
		String rendered = kustomize(K8S.resolve("overlays").resolve("prod"));
		Map<String, Object> pod = map(
				map(map(object(ManifestValidator.documents(rendered), "Deployment", "order-processor"), "spec"),
						"template"),
				"spec");
		int grace = (Integer) pod.get("terminationGracePeriodSeconds");
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		assertThat(properties.getProperty("server.shutdown")).isEqualTo("graceful");
		Duration phase = Duration.parse("PT" + properties.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
		String preStop = String.valueOf(pod.get("containers"));
		assertThat(preStop).contains("preStop");
		// the matcher's running pass finishes before the store closes (the scheduler
		// waits)
		assertThat(properties.getProperty("spring.task.scheduling.shutdown.await-termination")).isEqualTo("true");
		Duration matcher = Duration
			.parse("PT" + properties.getProperty("spring.task.scheduling.shutdown.await-termination-period"));
		// preStop sleep 5 s + the web phase + the scheduler's wait end before the kubelet
		// kills the pod
		assertThat(5 + phase.toSeconds() + matcher.toSeconds()).isLessThan(grace);
	}

	// --- the validator itself: each kind of mistake fails ---

	private static final String GOOD_DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: demo
			spec:
			  replicas: 2
			  selector:
			    matchLabels: {app: demo}
			  template:
			    metadata:
			      labels: {app: demo}
			    spec:
			      securityContext: {runAsNonRoot: true}
			      containers:
			        - name: app
			          image: demo:1
			          resources:
			            requests: {cpu: 100m, memory: 128Mi}
			            limits: {cpu: 500m, memory: 256Mi}
			          livenessProbe: {httpGet: {path: /actuator/health/liveness, port: 8080}}
			          readinessProbe: {httpGet: {path: /actuator/health/readiness, port: 8080}}
			          securityContext: {readOnlyRootFilesystem: true}
			""";

	@Test
	void theGoodExampleIsValidAndCompliant() throws IOException {
		assertThat(ManifestValidator.schemaProblems(GOOD_DEPLOYMENT)).isEmpty();
		assertThat(ManifestValidator.policyProblems(GOOD_DEPLOYMENT)).isEmpty();
	}

	/**
	 * A manifest broken one way fails one check with one problem naming what is wrong:
	 * the schema (an unknown field at the top or deep inside, a missing required field,
	 * an unknown kind) or the policy (a container without probes or limits, or that may
	 * run as root or write to its root file system). The regular expression
	 * {@code broken} becomes {@code by}.
	 */
	static Stream<Arguments> brokenManifests() {
		return Stream.of(Arguments.of(Check.SCHEMA, "  replicas: 2", "  replicas: 2\n  replica: 3", "replica"),
				Arguments.of(Check.SCHEMA, "image: demo:1", "image: demo:1\n          imagePolicy: Always",
						"imagePolicy"),
				Arguments.of(Check.SCHEMA, "        - name: app\n          image: demo:1", "        - image: demo:1",
						"name"),
				Arguments.of(Check.SCHEMA, "kind: Deployment", "kind: Deploymnet", "unknown kind apps/v1/Deploymnet"),
				Arguments.of(Check.POLICY, "(?m)^ *(liveness|readiness)Probe:.*\\n", "", "probe"),
				Arguments.of(Check.POLICY, "(?m)^ *limits:.*\\n", "", "limits"),
				Arguments.of(Check.POLICY, "runAsNonRoot: true", "runAsNonRoot: false", "runAsNonRoot"),
				Arguments.of(Check.POLICY, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false",
						"readOnlyRootFilesystem"));
	}

	@ParameterizedTest(name = "{0}: {3}")
	@MethodSource("brokenManifests")
	void aBrokenManifestFailsNamingWhatIsWrong(Check check, String broken, String by, String problem)
			throws IOException {
		String manifest = GOOD_DEPLOYMENT.replaceAll(broken, by);
		assertThat(manifest).isNotEqualTo(GOOD_DEPLOYMENT);
		assertThat(check.problems(manifest)).singleElement().asString().contains(problem);
	}

	@Test
	void aWrongTypeFails() {
		String broken = GOOD_DEPLOYMENT.replace("replicas: 2", "replicas: two");
		assertThat(ManifestValidator.schemaProblems(broken)).singleElement().asString().startsWith("Deployment demo");
	}

	enum Check {

		SCHEMA, POLICY;

		List<String> problems(String manifest) throws IOException {
			return switch (this) {
				case SCHEMA -> ManifestValidator.schemaProblems(manifest);
				case POLICY -> ManifestValidator.policyProblems(manifest);
			};
		}

	}

	// --- helpers ---

	private static String kustomize(Path directory) throws Exception {
		Path kubectl = kubectl();
		Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
			.redirectErrorStream(false)
			.start();
		byte[] out = process.getInputStream().readAllBytes();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
		assertThat(process.exitValue()).as("kubectl kustomize %s: %s", directory, err).isZero();
		return new String(out, StandardCharsets.UTF_8);
	}

	private static Path kubectl() {
		List<Path> candidates = new ArrayList<>();
		String kubectl = System.getenv("KUBECTL");
		if (kubectl != null && !kubectl.isBlank()) {
			candidates.add(Path.of(kubectl));
		}
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			candidates.add(Path.of(dir, "kubectl"));
		}
		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		String message = "kubectl (with kustomize v5) is not installed: the k8s/ overlays were not rendered; "
				+ "install kubectl or set KUBECTL (see docs/deployment.md)";
		if ("1".equals(System.getenv("REQUIRE_KUBECTL"))) {
			fail(message);
		}
		assumeTrue(false, message);
		return null;
	}

	private static Map<String, Object> object(List<Map<String, Object>> objects, String kind, String name) {
		return objects.stream()
			.filter(o -> kind.equals(o.get("kind")) && name.equals(ManifestValidator.name(o)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		return (Map<String, Object>) parent.get(key);
	}

}
