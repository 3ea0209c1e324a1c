"""Real ONNX model files for vigil-models' OnnxModel tests (docs/ONNX.md).

Run from the repository root (deterministic, fixed seeds):
    python3 tools/reference/make_onnx_models.py [path/to/shared/data]
The data directory defaults to ../shared/data relative to the repository root.
Needs scikit-learn, skl2onnx, onnx, onnxruntime, pandas, numpy.

Writes, for each model, vigil-models/src/test/resources/models/onnx-<name>/:
  model.onnx    the model, float32 input "input" of shape [None, 13]
  schema.json   the import schema: inputs in the model's column order, threshold
  expected.csv  200 held-out rows: RowNumber, the 13 encoded float32 inputs (6 numeric, 2 boolean,
                Geography 3, Gender 2; each exactly representable as written) and
                onnxruntime-python's probability of class 1 (Exited = 1)

Models:
  logistic  Pipeline(StandardScaler, LogisticRegression) by skl2onnx, zipmap=False:
            outputs "label" [N] and "probabilities" [N, 2]
  gbm       GradientBoostingClassifier by skl2onnx, zipmap=True (the default):
            outputs "label" [N] and "output_probability", a sequence of maps int64 -> float
  mlp       a one-hidden-layer net with a single sigmoid output [N, 1], the shape
            torch.onnx.export gives. PyTorch is not installed, so the net is trained with
            scikit-learn's MLPClassifier (logistic output, which is a sigmoid for two classes) and
            its trained weights are written as ONNX by hand with onnx.helper:
            sigmoid(relu(((x - mean) / std) @ W1 + b1) @ W2 + b2)
"""

import json
import sys
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pandas as pd
from onnx import TensorProto, helper, numpy_helper
from skl2onnx import convert_sklearn
from skl2onnx.common.data_types import FloatTensorType
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "vigil-models/src/test/resources/models"
SEED = 20261123
EXPECTED_ROWS = 200
# ONNX Runtime for Java 1.29 reads these; newer defaults of onnx/skl2onnx may be too recent.
OPSET = {"": 17, "ai.onnx.ml": 3}
IR_VERSION = 8

INPUTS = [
    {"name": "CreditScore", "kind": "numeric"},
    {"name": "Geography", "kind": "categorical", "categories": ["France", "Germany", "Spain"]},
    {"name": "Gender", "kind": "categorical", "categories": ["Female", "Male"]},
    {"name": "Age", "kind": "numeric"},
    {"name": "Tenure", "kind": "numeric"},
    {"name": "Balance", "kind": "numeric"},
    {"name": "NumOfProducts", "kind": "numeric"},
    {"name": "HasCrCard", "kind": "boolean"},
    {"name": "IsActiveMember", "kind": "boolean"},
    {"name": "EstimatedSalary", "kind": "numeric"},
]


def encode(frame):
    """The layout of docs/ONNX.md: numeric as is, boolean 1/0, one-hot over listed categories."""
    columns = []
    for spec in INPUTS:
        values = frame[spec["name"]]
        if spec["kind"] == "categorical":
            for category in spec["categories"]:
                columns.append((values == category).astype(np.float32))
        else:
            columns.append(values.astype(np.float32))
    return np.column_stack(columns).astype(np.float32)


def column_names():
    names = []
    for spec in INPUTS:
        if spec["kind"] == "categorical":
            names += [spec["name"] + "=" + c for c in spec["categories"]]
        else:
            names.append(spec["name"])
    return names


def sklearn_onnx(model, zipmap, width):
    classifier = model.steps[-1][1] if hasattr(model, "steps") else model
    options = {id(classifier): {"zipmap": zipmap}}
    return convert_sklearn(model, initial_types=[("input", FloatTensorType([None, width]))],
                           options=options, target_opset=OPSET)


def mlp_onnx(x_train, y_train, width):
    scaler = StandardScaler().fit(x_train)
    net = MLPClassifier(hidden_layer_sizes=(16,), activation="relu", max_iter=400,
                        random_state=SEED).fit(scaler.transform(x_train), y_train)
    f32 = lambda a, name: numpy_helper.from_array(np.asarray(a, dtype=np.float32), name)
    initializers = [
        f32(scaler.mean_, "mean"), f32(scaler.scale_, "std"),
        f32(net.coefs_[0], "W1"), f32(net.intercepts_[0], "b1"),
        f32(net.coefs_[1], "W2"), f32(net.intercepts_[1], "b2"),
    ]
    nodes = [
        helper.make_node("Sub", ["input", "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "std"], ["scaled"]),
        helper.make_node("Gemm", ["scaled", "W1", "b1"], ["hidden_in"]),
        helper.make_node("Relu", ["hidden_in"], ["hidden"]),
        helper.make_node("Gemm", ["hidden", "W2", "b2"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["probability"]),
    ]
    graph = helper.make_graph(
        nodes, "churn_mlp",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, width])],
        [helper.make_tensor_value_info("probability", TensorProto.FLOAT, [None, 1])],
        initializers)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET[""])],
                             producer_name="vigil make_onnx_models.py")


def positive_probability(session, x):
    outputs = session.run(None, {"input": x})
    names = [o.name for o in session.get_outputs()]
    probabilities = outputs[-1] if len(outputs) > 1 else outputs[0]
    if isinstance(probabilities, list):  # zipmap: a list of {class: probability}
        return np.array([row[1] for row in probabilities], dtype=np.float64), names
    probabilities = np.asarray(probabilities, dtype=np.float64)
    return (probabilities[:, 1] if probabilities.ndim == 2 and probabilities.shape[1] == 2
            else probabilities.reshape(-1)), names


def write(name, model_proto, x_test, rows_test):
    model_proto.ir_version = IR_VERSION
    model_proto.graph.name = "churn_" + name  # skl2onnx names the graph with a random uuid
    # skl2onnx may list the default domain twice, in an order that varies from run to run
    unique = sorted({(o.domain, o.version): o for o in model_proto.opset_import}.items())
    unique = [o for _, o in unique]
    del model_proto.opset_import[:]
    model_proto.opset_import.extend(unique)
    onnx.checker.check_model(model_proto)
    folder = OUT / ("onnx-" + name)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "model.onnx").write_bytes(model_proto.SerializeToString())
    schema = {"inputs": INPUTS, "threshold": 0.5}
    (folder / "schema.json").write_text(json.dumps(schema, indent=2) + "\n")
    session = ort.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"])
    rows = x_test[:EXPECTED_ROWS]
    probabilities, outputs = positive_probability(session, rows)
    with open(folder / "expected.csv", "w") as out:
        out.write(",".join(["RowNumber"] + column_names() + ["probability"]) + "\n")
        for number, row, p in zip(rows_test, rows, probabilities):
            # repr of a float32 widened to float64 round-trips exactly through Java's parseFloat
            values = [str(int(number))] + [repr(float(v)) for v in row] + [repr(float(p))]
            out.write(",".join(values) + "\n")
    size = (folder / "model.onnx").stat().st_size
    print(f"onnx-{name}: outputs {outputs}, {size} bytes, "
          f"mean probability {probabilities.mean():.4f}")


def write_edge_models():
    """Two hand-made graphs for the loader's edge cases (no training, no expected.csv).

    onnx-edge-double-flat: double input [N, F] with a symbolic F, output sigmoid(sum of row) of
      shape [N]: a dynamic width, a double input and a flat probability output are accepted.
    onnx-edge-three-class: float input [N, 13], output softmax [N, 3]: refused at load time.
    onnx-edge-fixed-batch: float input [1, 13] (exported without a dynamic batch axis), output
      sigmoid [1, 1]: refused at load time.
    """
    flat = helper.make_graph(
        [helper.make_node("ReduceSum", ["input", "axis"], ["total"], keepdims=0),
         helper.make_node("Sigmoid", ["total"], ["probability"])],
        "double_flat",
        [helper.make_tensor_value_info("input", TensorProto.DOUBLE, ["N", "F"])],
        [helper.make_tensor_value_info("probability", TensorProto.DOUBLE, ["N"])],
        [numpy_helper.from_array(np.array([1], dtype=np.int64), "axis")])
    weights = numpy_helper.from_array(np.linspace(-1, 1, 39, dtype=np.float32).reshape(13, 3), "W")
    three = helper.make_graph(
        [helper.make_node("MatMul", ["input", "W"], ["logits"]),
         helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)],
        "three_class",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, 13])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 3])],
        [weights])
    column = numpy_helper.from_array(np.full((13, 1), 0.01, dtype=np.float32), "w")
    fixed = helper.make_graph(
        [helper.make_node("MatMul", ["input", "w"], ["logit"]),
         helper.make_node("Sigmoid", ["logit"], ["probability"])],
        "fixed_batch",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 13])],
        [helper.make_tensor_value_info("probability", TensorProto.FLOAT, [1, 1])],
        [column])
    edges = [("edge-double-flat", flat), ("edge-three-class", three), ("edge-fixed-batch", fixed)]
    for name, graph in edges:
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET[""])],
                                  producer_name="vigil make_onnx_models.py")
        model.ir_version = IR_VERSION
        onnx.checker.check_model(model)
        folder = OUT / ("onnx-" + name)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "model.onnx").write_bytes(model.SerializeToString())
        ort.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"])
        print(f"onnx-{name}: {(folder / 'model.onnx').stat().st_size} bytes")


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"
    frame = pd.read_csv(data / "Churn_Modelling.csv")
    x = encode(frame)
    y = frame["Exited"].to_numpy()
    row_numbers = frame["RowNumber"].to_numpy()
    x_train, x_test, y_train, _, _, rows_test = train_test_split(
        x, y, row_numbers, test_size=0.2, stratify=y, random_state=SEED)
    width = x.shape[1]

    logistic = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(x_train, y_train)
    write("logistic", sklearn_onnx(logistic, False, width), x_test, rows_test)

    gbm = GradientBoostingClassifier(n_estimators=60, max_depth=3, random_state=SEED)
    gbm.fit(x_train, y_train)
    write("gbm", sklearn_onnx(gbm, True, width), x_test, rows_test)

    write("mlp", mlp_onnx(x_train, y_train, width), x_test, rows_test)
    write_edge_models()


if __name__ == "__main__":
    main()
