// The text models beside the rules: the model file (parse, errors with lines, round trip), the
// features (words, shapes, mechanisms), training, and a model wired through the config into both
// content policies (what it catches, what its evidence may say, how the config turns it off).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>

#include "adapters/production_services.h"
#include "config/config_reader.h"
#include "scanners/content/content_scanner.h"
#include "scanners/content/text_model/text_model.h"
#include "scanners/content/text_model/train_logistic.h"
#include "tests/scanners/content/content_test_support.h"

namespace aup {
namespace {

std::string header(const char* family = "chain-letter") {
  return std::string("aup-text-model 1\nfamily ") + family + "\nbuckets " + std::to_string(kFeatureBuckets) +
         "\nbias -4\nthreshold 0.9\ntrained-on a test\n";
}

// A model that knows one word: "zebrafish" pushes the probability to about 1.
std::string zebrafishModel(const char* family) {
  return header(family) + "w " + std::to_string(featureBucket("w:zebrafish")) + " 400\n";
}

std::size_t errorLine(const std::string& text) {
  try {
    TextModel::parse(text);
  } catch (const TextModelError& e) {
    return e.line;
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return 0;
}

TEST(TextModelFile, ParsesAndRoundTrips) {
  auto model = TextModel::parse(header() + "w 7 0.5\nw 1048575 -1.25\n");
  EXPECT_EQ(model->family(), FeatureFamily::ChainLetter);
  EXPECT_DOUBLE_EQ(model->bias(), -4);
  EXPECT_DOUBLE_EQ(model->threshold(), 0.9);
  EXPECT_FLOAT_EQ(model->weight(7), 0.5f);
  EXPECT_FLOAT_EQ(model->weight(8), 0.0f);
  EXPECT_EQ(model->size(), 2u);
  EXPECT_FLOAT_EQ(model->weight(kFeatureBuckets - 1), -1.25f);
  auto again = TextModel::parse(model->serialise());
  EXPECT_EQ(again->serialise(), model->serialise());
  EXPECT_EQ(again->trainedOn(), "a test");
}

TEST(TextModelFile, ErrorsNameTheLine) {
  EXPECT_EQ(errorLine("# comment\nnot-a-model 1\n"), 2u);
  EXPECT_EQ(errorLine(header() + "w 1048576 1\n"), 7u) << "bucket out of range";
  EXPECT_EQ(errorLine(header() + "w 5 heavy\n"), 7u);
  EXPECT_EQ(errorLine(header() + "colour blue\n"), 7u);
  EXPECT_EQ(errorLine("aup-text-model 1\nfamily chain-letter\nbuckets 1024\n"), 3u) << "other hashing: retrain";
  EXPECT_EQ(errorLine("aup-text-model 1\nfamily chain-letter\nbuckets 1048576\nbias 0\n"), 4u) << "threshold missing";
  EXPECT_EQ(errorLine("aup-text-model 1\nfamily spam\n"), 2u);
  EXPECT_EQ(errorLine(""), 0u);
}

// margin() searches the model's sorted weights from where the last feature's search ended (it
// gallops, then bisects): on dense and sparse overlaps it must equal the plain dot product, added
// in the same order, to the last bit.
TEST(TextModelFile, MarginEqualsThePlainDotProduct) {
  std::mt19937 random(12);
  std::uniform_int_distribution<std::uint32_t> anyBucket(0, kFeatureBuckets - 1);
  std::uniform_real_distribution<float> anyWeight(-3, 3);
  std::vector<float> dense(kFeatureBuckets, 0.0f);
  for (int i = 0; i < 30000; ++i) dense[anyBucket(random)] = anyWeight(random);
  dense.front() = 1.5f, dense.back() = -2.5f;  // the first and last buckets are searched for too
  TextModel model(FeatureFamily::ChainLetter, dense, 0.25, 0.5, "test");
  for (std::size_t count : {1u, 40u, 3000u, 200000u}) {
    std::vector<std::uint32_t> buckets{0, kFeatureBuckets - 1};
    while (buckets.size() < count) buckets.push_back(anyBucket(random));
    std::sort(buckets.begin(), buckets.end());
    buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
    FeatureVector v;
    double expected = 0.25;
    for (std::uint32_t b : buckets) {
      v.features.push_back({b, 0.125f});
      if (dense[b] != 0) expected += static_cast<double>(dense[b]) * 0.125f;
    }
    EXPECT_EQ(model.margin(v), expected) << count << " features";
  }
}

TEST(TextModelFile, ProbabilityAndStrongestFeatures) {
  auto model = TextModel::parse(header() + "w " + std::to_string(featureBucket("w:luck")) + " 20\nw " +
                                std::to_string(featureBucket("w:lesson")) + " -20\n");
  FeatureVector v;
  v.features = {{featureBucket("w:luck"), 0.5f}};
  v.names = {"w:luck"};
  EXPECT_NEAR(model->probability(v), 1 / (1 + std::exp(-6.0)), 1e-9);
  auto strongest = model->strongest(v, 3);
  ASSERT_EQ(strongest.size(), 1u);
  EXPECT_EQ(strongest[0].first, "w:luck");
  EXPECT_EQ(describeFeature("b:forward_this"), "forward this");
  EXPECT_EQ(describeFeature("#named:birth-date:3+"), "named birth-date 3+");
}

TEST(TextModelTraining, LearnsASeparableSetAndIsDeterministic) {
  auto example = [](std::vector<std::string> words, bool positive) {
    TrainingExample e;
    for (const auto& w : words) e.features.features.push_back({featureBucket(w), 0.5f});
    std::sort(e.features.features.begin(), e.features.features.end(), [](auto a, auto b) { return a.bucket < b.bucket; });
    e.positive = positive;
    return e;
  };
  std::vector<TrainingExample> examples = {
      example({"w:forward", "w:luck", "w:a", "w:b"}, true),     example({"w:forward", "w:curse", "w:c", "w:d"}, true),
      example({"w:luck", "w:friends", "w:e", "w:f"}, true),      example({"w:trip", "w:parents", "w:a", "w:c"}, false),
      example({"w:lesson", "w:parents", "w:b", "w:e"}, false),   example({"w:trip", "w:lesson", "w:d", "w:f"}, false)};
  std::vector<const TrainingExample*> all;
  for (const auto& e : examples) all.push_back(&e);
  TrainingOptions options;
  options.l2 = 1e-6;
  options.iterations = 300;
  auto first = trainLogistic(all, options), second = trainLogistic(all, options);
  EXPECT_EQ(first.weights, second.weights);
  TextModel model(FeatureFamily::ChainLetter, first.weights, first.bias, 0.5, "toy");
  for (const auto& e : examples) EXPECT_EQ(model.probability(e.features) >= 0.5, e.positive);
  EXPECT_EQ(first.weights[featureBucket("w:zebra")], 0.0f) << "a word no training message has keeps weight 0";
}

// ---- through the config and the content policies ----

class ModelConfig : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("aup-text-model-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void writeFile(const std::string& name, const std::string& text) const { std::ofstream(dir_ / name) << text; }
  SnapshotPtr load(const std::string& policies) const {
    writeFile("aup.toml", "[organisation]\nname = \"Example School\"\ninternal_domains = [\"school.example\"]\n"
                          "[policy.virus]\nenabled = false\n[policy.headteacher-copy]\nenabled = false\n" + policies);
    return loadSnapshot(dir_ / "aup.toml");
  }
  static Verdict outbound(const PolicySnapshot& snapshot, const std::string& body) {
    auto view = test::parseText("From: t.jones@school.example\nTo: someone@example.org\nSubject: notes\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + body,
                                test::envelopeFrom("t.jones@school.example", {"someone@example.org"}, "t.jones"));
    return snapshot.engine->evaluate(*view);
  }
  std::filesystem::path dir_;
};

TEST_F(ModelConfig, ChainLetterModelAloneHoldsForReviewAndNamesItsWords) {
  writeFile("chain.model", zebrafishModel("chain-letter"));
  auto snapshot = load("[policy.chain-letter]\nmodel = \"chain.model\"\n[policy.dlp-unencrypted]\nmodel_threshold = 1\n");
  auto verdict = outbound(*snapshot, "The zebrafish tank in the science lab needs cleaning on Friday.\n");
  ASSERT_EQ(verdict.reasons.size(), 1u);
  EXPECT_EQ(verdict.reasons[0].finding.rule, "chain-letter-model");
  EXPECT_EQ(verdict.action, Action::Quarantine);
  EXPECT_NE(verdict.reasons[0].finding.evidence.find("zebrafish"), std::string::npos) << verdict.reasons[0].finding.evidence;
  EXPECT_TRUE(outbound(*snapshot, "The fish tank needs cleaning on Friday.\n").reasons.empty());
}

TEST_F(ModelConfig, PersonalDataModelEvidenceNeverQuotesTheMessagesWords) {
  writeFile("pd.model", zebrafishModel("personal-data"));
  auto snapshot = load("[policy.chain-letter]\nmodel_threshold = 1\n[policy.dlp-unencrypted]\nmodel = \"pd.model\"\n");
  auto verdict = outbound(*snapshot, "Notes on Zebrafish Okafor for the panel.\n");
  ASSERT_EQ(verdict.reasons.size(), 1u);
  EXPECT_EQ(verdict.reasons[0].finding.rule, "personal-data-model");
  EXPECT_EQ(verdict.action, Action::Quarantine);
  const std::string& evidence = verdict.reasons[0].finding.evidence;
  EXPECT_EQ(evidence.find("ebrafish"), std::string::npos) << evidence;
  EXPECT_EQ(evidence.find("Okafor"), std::string::npos) << evidence;
  // Inbound mail is never judged for personal data.
  auto view = test::parseText("From: a@example.org\nTo: t.jones@school.example\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain\n\nZebrafish\n",
                              test::envelopeFrom("a@example.org", {"t.jones@school.example"}, ""));
  EXPECT_TRUE(snapshot->engine->evaluate(*view).reasons.empty());
}

TEST_F(ModelConfig, ThresholdOneMeansRulesOnlyAndTheFileIsNotRead) {
  auto snapshot = load("[policy.chain-letter]\nmodel = \"missing.model\"\nmodel_threshold = 1\n"
                       "[policy.dlp-unencrypted]\nmodel = \"missing.model\"\nmodel_threshold = 1\n");
  EXPECT_TRUE(outbound(*snapshot, "zebrafish\n").reasons.empty());
}

TEST_F(ModelConfig, ConfigThresholdOverridesTheFiles) {
  writeFile("chain.model", header("chain-letter") + "w " + std::to_string(featureBucket("w:zebrafish")) + " 4\n");
  // margin -4 + 4/sqrt(n) < 0: probability below 0.5, below the file's 0.9, above 0.01.
  auto strict = load("[policy.chain-letter]\nmodel = \"chain.model\"\n[policy.dlp-unencrypted]\nmodel_threshold = 1\n");
  EXPECT_TRUE(outbound(*strict, "zebrafish\n").reasons.empty());
  auto loose = load("[policy.chain-letter]\nmodel = \"chain.model\"\nmodel_threshold = 0.01\n[policy.dlp-unencrypted]\nmodel_threshold = 1\n");
  EXPECT_EQ(outbound(*loose, "zebrafish\n").reasons.size(), 1u);
}

std::string configError(const std::function<void()>& load) {
  try {
    load();
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_F(ModelConfig, BrokenOrMissingModelsAreConfigErrorsNamingFileAndLine) {
  std::string missing = configError([&] { load("[policy.chain-letter]\nmodel = \"missing.model\"\n"); });
  EXPECT_NE(missing.find("missing.model"), std::string::npos) << missing;
  EXPECT_NE(missing.find("policy.chain-letter.model"), std::string::npos) << missing;

  writeFile("broken.model", header("chain-letter") + "w 12 many\n");
  std::string broken = configError([&] { load("[policy.chain-letter]\nmodel = \"broken.model\"\n"); });
  EXPECT_NE(broken.find("broken.model:7"), std::string::npos) << broken;

  writeFile("pd.model", zebrafishModel("personal-data"));
  std::string wrong = configError([&] { load("[policy.chain-letter]\nmodel = \"pd.model\"\n"); });
  EXPECT_NE(wrong.find("personal-data model"), std::string::npos) << wrong;
}

// Through the shipped config (rules and trained models): what a big name "announced" beside one
// request to pass it on is only a review, and the model, finding school news, does not confirm it;
// the same shape as a hoax (a danger tonight, "send this to everyone you care about") is caught.
TEST(ShippedModels, DecideTheBorderlineReviews) {
  auto snapshot = loadSnapshot(std::filesystem::path(AUP_SOURCE_DIR) / "config" / "aup-milter.toml");
  auto internal = [&](const std::string& body) {
    auto view = test::parseText("From: a.khan@school.example\nTo: staff@school.example\nSubject: note\nMIME-Version: 1.0\n"
                                "Content-Type: text/plain\n\n" + body,
                                test::envelopeFrom("a.khan@school.example", {"staff@school.example"}, "a.khan@school.example"));
    return snapshot->engine->evaluate(*view);
  };
  const std::string news = "NASA announced that the Artemis launch has moved to Thursday. Science club will watch it together "
                           "at lunch - tell everyone in your class.\n";
  // The rules alone hold it for review ...
  auto rulesOnly = test::scanAs(*test::shippedContentScanner(), "From: a@school.example\nTo: b@school.example\nSubject: note\n\n" + news,
                                Direction::Internal);
  ASSERT_EQ(rulesOnly.findings.size(), 1u);
  EXPECT_EQ(rulesOnly.findings[0].rule, "possible-chain-letter");
  // ... the model does not agree, so it goes through.
  EXPECT_TRUE(internal(news).reasons.empty()) << internal(news).reasons[0].finding.rule;
  auto hoax = internal("Turn your phones off tonight between 1am and 4am! NASA announced a solar storm will pass close to "
                       "earth and the radiation can damage you. Send this to everyone you care about.\n");
  ASSERT_FALSE(hoax.reasons.empty());
  EXPECT_EQ(hoax.reasons[0].finding.policy, "chain-letter");
}

// The content scanner of the shipped config, with the snapshot that owns it.
struct ShippedContentScanner {
  SnapshotPtr snapshot = loadSnapshot(std::filesystem::path(AUP_SOURCE_DIR) / "config" / "aup-milter.toml");
  const ContentScanner* scanner() const {
    for (const auto& s : snapshot->engine->scanners())
      if (auto* c = dynamic_cast<const ContentScanner*>(s.get())) return c;
    return nullptr;
  }
};

TEST(TextFeatures, WordsAcrossWrappedLinesShapesAndMechanisms) {
  ShippedContentScanner shipped;
  const ContentScanner* scanner = shipped.scanner();
  ASSERT_NE(scanner, nullptr);
  // Through the shipped rules: the chain-letter feature set of a wrapped message.
  auto view = test::parseText("From: a@example.org\nTo: b@school.example\nSubject: Fwd: FW: Fwd: read this\n"
                              "MIME-Version: 1.0\nContent-Type: text/plain\n\n"
                              "Please send this to everyone\nyou know, ULN 1000000043. Thanks\n",
                              test::envelopeFrom("a@example.org", {"b@school.example"}, ""));
  Organisation org;
  ScanContext context{org, Direction::Inbound, false};
  MessageText text = buildMessageText(*view, MessageTextOptions{});
  RuleScanResult scan = scanner->rules().scan(text.text);
  ContentInput input{*view, context, text, scanner->rules(), scan.matches};
  FeatureVector v = textFeatures(input, FeatureFamily::ChainLetter, true);
  auto has = [&](const std::string& name) { return std::find(v.names.begin(), v.names.end(), name) != v.names.end(); };
  EXPECT_TRUE(has("b:everyone_you")) << "a pair across a line end";
  EXPECT_TRUE(has("w:0000000000")) << "a number becomes its shape";
  EXPECT_FALSE(has("w:1000000043"));
  EXPECT_TRUE(has("s:fwd"));
  EXPECT_TRUE(has("#fwd:3"));
  EXPECT_TRUE(has("#dir:inbound"));
  EXPECT_FALSE(has("b:0000000000_thanks")) << "no pair across a sentence end";
  // The rules' own signals and groups are features too ("send this to everyone you know").
  EXPECT_TRUE(has("#signal:forward-everyone"));
  EXPECT_TRUE(has("#group:forwarding"));
  EXPECT_TRUE(has("#groups:1"));
  EXPECT_FALSE(has("#group:threat"));
  float norm = 0;
  for (const auto& f : v.features) norm += f.value * f.value;
  EXPECT_NEAR(norm, 1.0f, 1e-4);
}

// The words are hashed, sorted and made distinct once per message and shared by both models;
// each model joins its own mechanism features to them. On a message long enough for the radix
// sort (thousands of words, repeats) both families get exactly the features the one-pass,
// named path builds: sorted, distinct and the same set.
TEST(TextFeatures, SharedWordFeaturesGiveEachModelTheSameVectorAsTheNamedPath) {
  ShippedContentScanner shipped;
  const ContentScanner* scanner = shipped.scanner();
  ASSERT_NE(scanner, nullptr);
  // Made-up words (letters of i * 7919 in base 26), so most words and pairs are distinct.
  auto madeUpWord = [](unsigned n) {
    std::string w;
    for (n = n * 7919u + 1; n > 0; n /= 26) w += static_cast<char>('a' + n % 26);
    return w;
  };
  std::string body;
  for (unsigned i = 0; body.size() < 12000; ++i)
    body += madeUpWord(i) + (i % 9 == 8 ? ". Send this to everyone you know, ULN 1000000043.\n" : " ");
  auto view = test::parseText("From: t.jones@school.example\nTo: parent@example.org\nSubject: Fwd: trip\n"
                              "MIME-Version: 1.0\nContent-Type: text/plain\n\n" + body,
                              test::envelopeFrom("t.jones@school.example", {"parent@example.org"}, "t.jones"));
  Organisation org;
  org.internalDomains = {"school.example"};
  ScanContext context{org, Direction::Outbound, true};
  MessageText text = buildMessageText(*view, MessageTextOptions{});
  RuleScanResult scan = scanner->rules().scan(text.text);
  ContentInput input{*view, context, text, scanner->rules(), scan.matches};
  for (FeatureFamily family : {FeatureFamily::ChainLetter, FeatureFamily::PersonalData}) {
    FeatureVector shared = textFeatures(input, family);
    FeatureVector named = textFeatures(input, family, true);
    ASSERT_GT(shared.features.size(), 1000u);
    ASSERT_EQ(shared.features.size(), named.features.size());
    for (std::size_t i = 0; i < shared.features.size(); ++i) {
      ASSERT_EQ(shared.features[i].bucket, named.features[i].bucket) << "feature " << i;
      ASSERT_EQ(shared.features[i].value, named.features[i].value);
      if (i > 0) {
        ASSERT_LT(shared.features[i - 1].bucket, shared.features[i].bucket) << "sorted and distinct";
      }
      ASSERT_EQ(featureBucket(named.names[i]), named.features[i].bucket);
    }
  }
  ASSERT_TRUE(input.wordBuckets.has_value());
  EXPECT_TRUE(std::is_sorted(input.wordBuckets->begin(), input.wordBuckets->end()));
  EXPECT_EQ(std::adjacent_find(input.wordBuckets->begin(), input.wordBuckets->end()), input.wordBuckets->end());
}

}  // namespace
}  // namespace aup
