#include "ToleranceEditModel.h"

#include "Presentation.h"
#include "metrics/ReferenceProfile.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace assurance::ui {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 6);
}

QString modeText(BoundMode m) {
    return m == BoundMode::Relative ? ToleranceEditModel::tr("relative") : ToleranceEditModel::tr("absolute");
}

QString directionText(Direction d) {
    switch (d) {
    case Direction::HigherIsBetter:
        return ToleranceEditModel::tr("higher is better");
    case Direction::LowerIsBetter:
        return ToleranceEditModel::tr("lower is better");
    case Direction::Band:
        return ToleranceEditModel::tr("band");
    }
    return {};
}

QString columnName(int column) {
    switch (column) {
    case ToleranceEditModel::Metric:
        return ToleranceEditModel::tr("Metric");
    case ToleranceEditModel::Baseline:
        return ToleranceEditModel::tr("Baseline");
    case ToleranceEditModel::Warning:
        return ToleranceEditModel::tr("Warning");
    case ToleranceEditModel::Critical:
        return ToleranceEditModel::tr("Critical");
    case ToleranceEditModel::Mode:
        return ToleranceEditModel::tr("Absolute / relative");
    case ToleranceEditModel::Direction:
        return ToleranceEditModel::tr("Direction");
    case ToleranceEditModel::Enabled:
        return ToleranceEditModel::tr("Enabled");
    }
    return {};
}

// A number typed or given: doubles, ints and text in C or the user's locale.
std::optional<double> toDouble(const QVariant &value) {
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    double d = value.toDouble(&ok);
    if (!ok && value.typeId() == QMetaType::QString)
        d = QLocale().toDouble(value.toString().trimmed(), &ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// Edits on the stack: one field of one row, from → to. Consecutive edits of the same cell merge.
class ToleranceFieldEditCommand : public QUndoCommand {
public:
    ToleranceFieldEditCommand(ToleranceEditModel *model, int row, ToleranceEditModel::Column column,
                              QVariant before, QVariant after)
        : m_model(model)
        , m_row(row)
        , m_column(column)
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        setText(ToleranceEditModel::tr("Edit %1 %2")
                    .arg(metricDisplayName(static_cast<SeedMetric>(
                             model->data(model->index(row, 0), ToleranceEditModel::MetricKeyRole).toInt())),
                         columnName(column).toLower()));
    }
    void redo() override { m_model->applyField(m_row, m_column, m_after); }
    void undo() override { m_model->applyField(m_row, m_column, m_before); }

private:
    ToleranceEditModel *m_model;
    int m_row;
    ToleranceEditModel::Column m_column;
    QVariant m_before, m_after;
};

} // namespace

ToleranceEditModel::ToleranceEditModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ToleranceEditModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ToleranceEditModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ToleranceEditModel::problemOf(int row) const {
    ToleranceSet probe;
    probe.modelId = m_original.modelId.empty() ? std::string("m") : m_original.modelId;
    probe.metrics = {m_rows[static_cast<std::size_t>(row)]};
    std::string why;
    if (parseTolerances(serializeTolerances(probe), probe.modelId, &why))
        return {};
    // "tolerances:m: metrics.accuracy: critical must …": the part after the metric is the reason.
    const std::string key = "metrics." + std::string(seedMetricKey(probe.metrics[0].metric)) + ": ";
    if (const auto at = why.find(key); at != std::string::npos)
        why = why.substr(at + key.size());
    return tr("The agent would refuse this: %1").arg(fromStd(why));
}

QStringList ToleranceEditModel::problems() const {
    QStringList out;
    for (int row = 0; row < rowCount(); ++row)
        out << problemOf(row);
    return out;
}

QVariant ToleranceEditModel::fieldValue(int row, Column column) const {
    const MetricTolerance &t = m_rows[static_cast<std::size_t>(row)];
    switch (column) {
    case Baseline:
        return t.baseline ? QVariant(*t.baseline) : QVariant();
    case Warning:
        return t.warning;
    case Critical:
        return t.critical;
    case Mode:
        return QString::fromLatin1(boundModeKey(t.mode));
    case Direction:
        return QString::fromLatin1(directionKey(t.direction));
    case Enabled:
        return t.enabled;
    case Metric:
    case ColumnCount:
        break;
    }
    return {};
}

bool ToleranceEditModel::changedField(int row, int column) const {
    static const int fieldOf[] = {-1, 2, 3, 4, 1, 0, 5}; // column → kToleranceFields
    if (column <= Metric || column >= ColumnCount)
        return false;
    const MetricTolerance &t = m_rows[static_cast<std::size_t>(row)];
    const MetricTolerance *was = m_original.find(t.metric);
    const char *field = kToleranceFields[fieldOf[column]];
    return !was || toleranceFieldText(*was, field) != toleranceFieldText(t, field);
}

QVariant ToleranceEditModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const MetricTolerance &t = m_rows[static_cast<std::size_t>(row)];
    const auto column = static_cast<Column>(index.column());
    if (role == MetricKeyRole)
        return static_cast<int>(t.metric);
    if (role == ProblemRole || (role == Qt::ToolTipRole && column != Metric))
        return problemOf(row);
    if (role == ChangedRole)
        return changedField(row, column);
    if (role == Qt::BackgroundRole)
        return problemOf(row).isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 205, 205)));
    if (role == Qt::FontRole && changedField(row, column)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::CheckStateRole && column == Enabled)
        return t.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole)
        return column == Metric ? QVariant(QString::fromLatin1(seedMetricKey(t.metric)))
                                : (column == Enabled ? QVariant(t.enabled) : fieldValue(row, column));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Metric:
        return metricDisplayName(t.metric);
    case Baseline:
        return t.baseline ? number(*t.baseline) : tr("—");
    case Warning:
        return number(t.warning);
    case Critical:
        return number(t.critical);
    case Mode:
        return modeText(t.mode);
    case Direction:
        return directionText(t.direction);
    case Enabled:
        return t.enabled ? tr("yes") : tr("no");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ToleranceEditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return columnName(section);
}

Qt::ItemFlags ToleranceEditModel::flags(const QModelIndex &index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly || index.column() == Metric)
        return f;
    if (index.column() == Enabled)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool ToleranceEditModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (m_readOnly || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto column = static_cast<Column>(index.column());
    QVariant v = value;
    if (column == Enabled) {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        v = role == Qt::CheckStateRole ? QVariant(value.toInt() == Qt::Checked) : QVariant(value.toBool());
    } else if (role != Qt::EditRole || column == Metric) {
        return false;
    }
    if (column == Baseline && v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())
        v = QVariant();
    if ((column == Warning || column == Critical) && !toDouble(v))
        return false;
    if (column == Baseline && v.isValid() && !toDouble(v))
        return false;
    if (column == Baseline || column == Warning || column == Critical)
        v = v.isValid() ? QVariant(*toDouble(v)) : QVariant();
    const QVariant before = fieldValue(index.row(), column);
    if (before == v)
        return true;
    if (m_undo) {
        // applyField checks the value: push only what it accepts.
        if (column == Mode && !boundModeFromKey(v.toString().toStdString()))
            return false;
        if (column == Direction && !directionFromKey(v.toString().toStdString()))
            return false;
        m_undo->push(new ToleranceFieldEditCommand(this, index.row(), column, before, v));
        return true;
    }
    return applyField(index.row(), column, v);
}

bool ToleranceEditModel::applyField(int row, Column column, const QVariant &value) {
    if (row < 0 || row >= rowCount())
        return false;
    MetricTolerance &t = m_rows[static_cast<std::size_t>(row)];
    switch (column) {
    case Baseline:
        if (value.isValid() && !toDouble(value))
            return false;
        t.baseline = value.isValid() ? toDouble(value) : std::nullopt;
        break;
    case Warning:
    case Critical: {
        const auto d = toDouble(value);
        if (!d)
            return false;
        (column == Warning ? t.warning : t.critical) = *d;
        break;
    }
    case Mode: {
        const auto m = boundModeFromKey(value.toString().toStdString());
        if (!m)
            return false;
        t.mode = *m;
        break;
    }
    case Direction: {
        const auto d = directionFromKey(value.toString().toStdString());
        if (!d)
            return false;
        t.direction = *d;
        break;
    }
    case Enabled:
        t.enabled = value.toBool();
        break;
    case Metric:
    case ColumnCount:
        return false;
    }
    // The whole row: a bound's validity depends on the other fields.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT modifiedChanged();
    return true;
}

int ToleranceEditModel::rowOf(SeedMetric metric) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].metric == metric)
            return static_cast<int>(i);
    return -1;
}

void ToleranceEditModel::setSet(const ToleranceSet &set) {
    beginResetModel();
    m_original = set;
    m_rows = set.metrics;
    endResetModel();
    Q_EMIT modifiedChanged();
}

ToleranceSet ToleranceEditModel::edited() const {
    ToleranceSet s = m_original;
    s.metrics = m_rows;
    return s;
}

bool ToleranceEditModel::isModified() const {
    return !diffToleranceSets(m_original, edited()).empty();
}

void ToleranceEditModel::setReadOnly(bool readOnly) {
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// --- ToleranceDiffModel ----------------------------------------------------------------------

int ToleranceDiffModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ToleranceDiffModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToleranceDiffModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToleranceFieldChange &c = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::BackgroundRole && index.column() == Before)
        return QBrush(QColor(255, 228, 228));
    if (role == Qt::BackgroundRole && index.column() == After)
        return QBrush(QColor(222, 245, 222));
    if (role != Qt::DisplayRole)
        return {};
    auto plain = [](const std::string &json) {
        QString s = fromStd(json);
        if (s.size() >= 2 && s.startsWith(QLatin1Char('"')))
            s = s.mid(1, s.size() - 2);
        return s == QLatin1String("null") ? tr("—") : s;
    };
    switch (static_cast<Column>(index.column())) {
    case Metric:
        return metricDisplayName(c.metric);
    case Field:
        return fromStd(c.field);
    case Before:
        return plain(c.before);
    case After:
        return plain(c.after);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ToleranceDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Metric:
        return tr("Metric");
    case Field:
        return tr("Field");
    case Before:
        return m_before ? tr("v%1").arg(m_before) : tr("Before");
    case After:
        return m_after ? tr("v%1").arg(m_after) : tr("After");
    default:
        return {};
    }
}

void ToleranceDiffModel::setSets(const ToleranceSet &before, const ToleranceSet &after) {
    beginResetModel();
    m_rows = diffToleranceSets(before, after);
    m_before = before.version;
    m_after = after.version;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Before, After);
}

void ToleranceDiffModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

// --- ReferencePreviewModel -------------------------------------------------------------------

int ReferencePreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReferencePreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferencePreviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == Distribution))
        return {};
    const FeatureProfile &f = m_rows[static_cast<std::size_t>(index.row())];
    switch (static_cast<Column>(index.column())) {
    case Feature:
        return fromStd(f.name);
    case Kind:
        return f.numeric ? tr("numeric") : tr("categorical");
    case Count:
        return QString::number(f.numeric ? f.num.count : f.cat.count);
    case Distribution: {
        if (f.numeric) {
            const auto &d = f.num.deciles;
            if (d.size() < 9)
                return tr("min %1 · max %2").arg(number(f.num.min), number(f.num.max));
            return tr("min %1 · q10 %2 · median %3 · q90 %4 · max %5")
                .arg(number(f.num.min), number(d[0]), number(d[4]), number(d[8]), number(f.num.max));
        }
        auto shares = f.cat.shares;
        std::stable_sort(shares.begin(), shares.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList parts;
        for (std::size_t i = 0; i < shares.size() && i < 4; ++i)
            parts << tr("%1 %2 %").arg(fromStd(shares[i].first),
                                       QString::number(shares[i].second * 100.0, 'f', 1));
        if (shares.size() > 4)
            parts << tr("… %n more", nullptr, static_cast<int>(shares.size() - 4));
        return parts.join(QStringLiteral(" · "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReferencePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Feature:
        return tr("Feature");
    case Kind:
        return tr("Kind");
    case Count:
        return tr("Values");
    case Distribution:
        return tr("Distribution");
    default:
        return {};
    }
}

void ReferencePreviewModel::setProfile(const ReferenceProfile &profile) {
    beginResetModel();
    m_rows = profile.features;
    endResetModel();
}

void ReferencePreviewModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace assurance::ui
